package org.aigc.gateway.rest;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.Json;
import org.aigc.contracts.ModelChunk;
import org.aigc.gateway.config.GatewayConfig;
import org.aigc.gateway.domain.Job;
import org.aigc.gateway.domain.ProblemType;
import org.aigc.gateway.service.JobService;
import org.aigc.gateway.service.JobStreams;
import org.jboss.logging.Logger;

/**
 * One job's server-sent events: {@code status} (the job as it is when the stream opens), {@code chunk} per model
 * delta, then {@code result} (the job with its result) and the end of the stream. A job that already has a result gets
 * it at once. When the stream cannot go on (time limit, internal failure) an explicit {@code error} event (a problem
 * document) ends it, so a client never mistakes a cut stream for a finished one. No thread is held while waiting; the
 * stored job is read again now and then, so a result the wake-up missed still ends the stream.
 */
@ApplicationScoped
public class JobEventStream {

    private static final Logger LOG = Logger.getLogger(JobEventStream.class);
    private static final long FIRST_RECHECK_MILLIS = 1000;

    private final JobStreams streams;
    private final JobService jobs;
    private final GatewayConfig config;
    private final Vertx vertx;

    JobEventStream(JobStreams streams, JobService jobs, GatewayConfig config, Vertx vertx) {
        this.streams = streams;
        this.jobs = jobs;
        this.config = config;
        this.vertx = vertx;
    }

    public void stream(UUID tenantId, Job job, SseEventSink sink, Sse sse) {
        Session session = new Session(JobView.of(job), sink, sse);
        session.send("status", Json.write(session.job));
        if (session.job.isAnswer()) {
            session.finish(session.job);
            return;
        }
        streams.open(job.id.toString(), session);
        // the result may have been stored between the first read and the registration
        session.finishIfAnswered(jobs.find(tenantId, job.id));
        long timer = vertx.setTimer(config.waiting().maxStream().toMillis(),
                id -> session.fail(ProblemType.STREAM_TIMEOUT, "no result within "
                        + config.waiting().maxStream().toSeconds() + " s; poll " + session.job.location()));
        session.timer = timer;
        recheck(tenantId, job.id, session, FIRST_RECHECK_MILLIS);
    }

    /**
     * Reads the stored job again after {@code delayMillis}, then at growing intervals up to {@code stream-recheck},
     * until the stream ends. The wake-up consumer ({@link org.aigc.gateway.messaging.WaiterWakeup}) delivers most
     * results at once, but it may pass a result before this stream was registered (the shared consumer that stores it
     * can lag behind), and it starts from the latest offset when it (re)joins; the stored job is the record of truth.
     */
    private void recheck(UUID tenantId, UUID jobId, Session session, long delayMillis) {
        if (session.ended.get()) {
            return;
        }
        session.recheckTimer = vertx.setTimer(delayMillis, id -> vertx.executeBlocking(() -> jobs.find(tenantId, jobId),
                false).onComplete(read -> {
                    if (read.succeeded() && session.finishIfAnswered(read.result())) {
                        return;
                    }
                    if (read.failed()) {
                        LOG.debugf("re-reading job %s for its event stream failed: %s", jobId, read.cause());
                    }
                    long next = Math.min(delayMillis * 2, config.waiting().streamRecheck().toMillis());
                    recheck(tenantId, jobId, session, Math.max(next, FIRST_RECHECK_MILLIS));
                }));
    }

    private final class Session implements JobStreams.Listener {
        private final JobView job;
        private final SseEventSink sink;
        private final Sse sse;
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile long timer = -1;
        private volatile long recheckTimer = -1;

        Session(JobView job, SseEventSink sink, Sse sse) {
            this.job = job;
            this.sink = sink;
            this.sse = sse;
        }

        @Override
        public void chunk(ModelChunk chunk) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("seq", chunk.seq());
            data.put("delta", chunk.delta());
            data.put("done", chunk.done());
            if (chunk.errorCode() != null) {
                data.put("errorCode", chunk.errorCode());
            }
            send("chunk", Json.write(data));
        }

        @Override
        public void result(GenerationCompleted result) {
            finish(job.answeredBy(result));
        }

        /** Ends the stream with the stored job if it has its answer; whether it has. */
        boolean finishIfAnswered(Optional<Job> stored) {
            Optional<JobView> answered = stored.map(JobView::of).filter(JobView::isAnswer);
            answered.ifPresent(this::finish);
            return answered.isPresent();
        }

        void finish(JobView view) {
            if (ended.compareAndSet(false, true)) {
                sendNow("result", Json.write(view));
                end();
            }
        }

        void fail(ProblemType type, String detail) {
            if (ended.compareAndSet(false, true)) {
                sendNow("error", Json.write(Problem.of(type, detail, job.location() + "/events", null,
                        java.util.List.of())));
                end();
            }
        }

        void send(String name, String data) {
            if (!ended.get()) {
                sendNow(name, data);
            }
        }

        private synchronized void sendNow(String name, String data) {
            if (sink.isClosed()) {
                end();
                return;
            }
            sink.send(sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(data).build())
                    .whenComplete((ignored, error) -> {
                        if (error != null) {
                            LOG.debugf("event stream of job %s closed by the client: %s", job.id(), error);
                            ended.set(true);
                            end();
                        }
                    });
        }

        private void end() {
            streams.close(job.id().toString(), this);
            if (timer >= 0) {
                vertx.cancelTimer(timer);
            }
            if (recheckTimer >= 0) {
                vertx.cancelTimer(recheckTimer);
            }
            synchronized (this) {
                if (!sink.isClosed()) {
                    sink.close();
                }
            }
        }
    }
}
