/**
 * Thread factories for Herald's own pools and threads ({@link dev.herald.threads.DaemonThreads}): every thread Herald
 * starts is a named daemon, so that a stuck one never keeps the process alive and a thread dump says whose it is.
 *
 * <p>In: a name. Out: {@link java.util.concurrent.ThreadFactory}s. Must not import any other Herald package
 * (ArchitectureTest), so that every stage and adapter may use it.
 */
package dev.herald.threads;
