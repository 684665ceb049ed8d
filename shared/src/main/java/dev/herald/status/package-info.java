/**
 * The whole deployment in {@code /herald status}: each Herald instance sharing the database writes a small report
 * of its sending (holds, platform errors) as a heartbeat ({@link dev.herald.status.StatusBeacon}), and whichever
 * instance answers reads every live one's ({@link dev.herald.status.DeploymentStatus}).
 */
package dev.herald.status;
