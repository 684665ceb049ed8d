/**
 * Where the long-running service's parts meet: {@link dev.herald.runtime.ServicePorts} turns a pipeline run's report
 * into delivery's {@code RunOutcome} and answers chat's ports (schedule changes, {@code /herald retry}, {@code /herald
 * status}) from delivery's engine, so that neither delivery nor chat imports the other or the pipeline. It sits on
 * top of the stages, chat and pipeline, like the composition root; nothing in a stage may import it.
 *
 * <p>In: a RunReport, a DeliveryEngine. Out: a RunOutcome, the chat ports. May import the stages, chat and pipeline;
 * nothing but the composition root (and the tests that wire a service as it does) imports it.
 */
package dev.herald.runtime;
