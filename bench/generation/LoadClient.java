import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Measures what the generation service adds to a model call. Closed loop: {@code concurrency} calls in flight, each
 * a ModelCallRequested on aigc.model-calls, timed until its ModelCallCompleted arrives on aigc.model-results.games.
 * Also times the same number of direct HTTP calls to the fake model, so the fake's own latency and the HTTP cost
 * can be subtracted. Single-file program: java -cp <kafka-clients + slf4j> LoadClient.java KEY=VALUE...
 */
public class LoadClient {

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new ConcurrentHashMap<>(Map.of("bootstrap", "127.0.0.1:29092", "fake",
                "http://127.0.0.1:29999/v1", "calls", "1000", "warmup", "200", "concurrency", "8",
                "latency-ms", "50"));
        for (String a : args) {
            String[] kv = a.split("=", 2);
            opt.put(kv[0], kv[1]);
        }
        int calls = Integer.parseInt(opt.get("calls"));
        int warmup = Integer.parseInt(opt.get("warmup"));
        int concurrency = Integer.parseInt(opt.get("concurrency"));
        long fixed = Long.parseLong(opt.get("latency-ms"));

        List<Double> direct = direct(opt.get("fake"), warmup, calls, concurrency);
        List<Double> inService = Collections.synchronizedList(new ArrayList<>());
        List<Double> viaService = viaKafka(opt.get("bootstrap"), warmup, calls, concurrency, inService);

        System.out.printf("calls=%d (after %d warm-up) concurrency=%d fake latency=%d ms%n", calls, warmup,
                concurrency, fixed);
        report("direct HTTP to the fake model", direct, fixed);
        report("through generation-service (Kafka in -> model -> Kafka out)", viaService, fixed);
        report("  of which model call inside the service (result latencyMs)", inService, fixed);
        System.out.printf("added by the service vs direct: p50 %.1f ms, p99 %.1f ms%n",
                pct(viaService, 50) - pct(direct, 50), pct(viaService, 99) - pct(direct, 99));
    }

    static void report(String what, List<Double> ms, long fixed) {
        System.out.printf("%-62s p50 %7.1f ms  p99 %7.1f ms  | minus fixed latency: p50 %6.1f ms  p99 %6.1f ms%n",
                what, pct(ms, 50), pct(ms, 99), pct(ms, 50) - fixed, pct(ms, 99) - fixed);
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static List<Double> direct(String base, int warmup, int calls, int concurrency) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        CountDownLatch done = new CountDownLatch(warmup + calls);
        for (int i = 0; i < warmup + calls; i++) {
            boolean measured = i >= warmup;
            pool.submit(() -> {
                try {
                    String body = "{\"model\":\"bench-model\",\"messages\":[{\"role\":\"user\",\"content\":\"hi "
                            + UUID.randomUUID() + "\"}]}";
                    long start = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/chat/completions"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer bench")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && measured) {
                        times.add((System.nanoTime() - start) / 1e6);
                    }
                } catch (Exception e) {
                    System.err.println("direct call failed: " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        return times;
    }

    static List<Double> viaKafka(String bootstrap, int warmup, int calls, int concurrency, List<Double> inService)
            throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("linger.ms", "0");
        KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer());
        Properties c = new Properties();
        c.put("bootstrap.servers", bootstrap);
        c.put("enable.auto.commit", "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor("aigc.model-results.games").stream()
                .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        Semaphore slots = new Semaphore(concurrency);
        int total = warmup + calls;
        CountDownLatch done = new CountDownLatch(total);
        Pattern requestId = Pattern.compile("\"requestId\":\"([^\"]+)\"");
        Pattern status = Pattern.compile("\"status\":\"([A-Z]+)\"");
        Pattern latency = Pattern.compile("\"latencyMs\":(\\d+)");
        int[] failed = {0};
        Thread reader = new Thread(() -> {
            while (done.getCount() > 0) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(20))) {
                    Long start = sentAt.remove(r.key());
                    if (start == null) {
                        continue;
                    }
                    Matcher m = status.matcher(r.value());
                    if (!m.find() || !"OK".equals(m.group(1))) {
                        failed[0]++;
                    } else if (Integer.parseInt(r.key().substring(r.key().lastIndexOf('-') + 1)) >= warmup) {
                        times.add((System.nanoTime() - start) / 1e6);
                        Matcher l = latency.matcher(r.value());
                        if (l.find()) {
                            inService.add(Double.parseDouble(l.group(1)));
                        }
                    }
                    slots.release();
                    done.countDown();
                }
            }
        });
        reader.start();
        for (int i = 0; i < total; i++) {
            slots.acquire();
            String id = "bench-" + UUID.randomUUID() + "-" + i;
            String event = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"requestId\":\"" + id
                    + "\",\"tenantId\":\"bench\",\"vertical\":\"games\",\"occurredAt\":\"" + Instant.now()
                    + "\",\"schemaVersion\":1,\"callId\":\"call-" + id + "\",\"task\":\"bench\",\"model\":\"default\","
                    + "\"messages\":[{\"role\":\"user\",\"content\":\"hi " + id + "\"}],\"stream\":false}";
            sentAt.put(id, System.nanoTime());
            producer.send(new ProducerRecord<>("aigc.model-calls", id, event));
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            System.err.println("timed out waiting for results: " + done.getCount() + " missing");
        }
        reader.join(1000);
        producer.close();
        consumer.close();
        if (failed[0] > 0) {
            System.err.println(failed[0] + " calls did not come back OK");
        }
        return times;
    }
}
