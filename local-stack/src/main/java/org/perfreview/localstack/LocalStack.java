package org.perfreview.localstack;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.perfreview.localstack.identity.IdentityInfo;
import org.perfreview.localstack.identity.StackIdentity;
import org.perfreview.localstack.jwt.PemKeys;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.kafka.KafkaBroker;
import org.perfreview.localstack.postgres.DatabaseCredentials;
import org.perfreview.localstack.postgres.Postgres;
import org.perfreview.localstack.process.PidFile;
import org.perfreview.localstack.service.ServiceEnvironment;
import org.perfreview.localstack.service.ServiceProcess;
import org.perfreview.localstack.service.PortalSpec;
import org.perfreview.localstack.service.ServiceSpec;
import org.perfreview.localstack.process.Ports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole local system without Docker: JWT keys → PostgreSQL → Kafka → topics → services, then
 * {@code stack.json} and a ready marker; with {@link StackConfig#identity()} Keycloak starts beside them in the
 * background and the services verify its issuer. {@link #close()} (also run by the shutdown hook) stops everything in
 * reverse order. Leftovers of an earlier run in the same work dir are stopped first, so runs never collide.
 */
public final class LocalStack implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

    private final StackConfig config;
    private final StackLayout layout;
    private final PidFile pids;
    private final Thread shutdownHook = new Thread(this::close, "local-stack-shutdown");
    private final Map<String, ServiceProcess> services = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Postgres postgres;
    private volatile KafkaBroker kafka;
    private volatile StackIdentity identity;
    private volatile String issuer = Tokens.ISSUER;
    private volatile IdentityInfo identityInfo;
    private volatile StackInfo info;

    public LocalStack(StackConfig config) {
        this.config = config;
        this.layout = new StackLayout(config.workDir());
        this.pids = new PidFile(layout.pidFile());
    }

    /** Starts a stack; if any part fails, what did start is stopped again before the exception propagates. */
    public static LocalStack start(StackConfig config) throws IOException {
        LocalStack stack = new LocalStack(config);
        try {
            stack.start();
            return stack;
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /**
     * Starts everything; call once. Not synchronized with {@link #close()}: a Ctrl-C during start stops what is
     * up, and the start then fails at its next step.
     */
    public synchronized StackInfo start() throws IOException {
        if (info != null) {
            return info;
        }
        ensureOpen();
        Instant begin = Instant.now();
        prepareWorkDir();
        StackPorts ports = ports();
        pids.put(PidFile.SUPERVISOR, ProcessHandle.current());
        if (config.shutdownHook()) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        PemKeys.ensurePair(layout.jwtDir());
        CompletableFuture<IdentityInfo> identityStart = config.identity() ? startIdentity(ports) : null;
        postgres = new Postgres(layout.postgresData(), ports.postgres(), layout.log("postgres"))
                .onStart(pid -> ProcessHandle.of(pid).ifPresent(h -> pids.put("postgres", h)));
        postgres.start();
        ensureOpen();
        kafka = new KafkaBroker(layout.kafkaDir(), ports.kafka(), ports.kafkaController(), config.partitions(),
                layout.log("kafka")).onStart(h -> pids.put("kafka", h));
        kafka.start();
        ensureOpen();
        kafka.createStackTopics();
        LOG.info("PostgreSQL {} and Kafka {} up in {} ms", postgres.baseUrl(), kafka.bootstrapServers(),
                Duration.between(begin, Instant.now()).toMillis());
        for (ServiceSpec spec : config.services()) {
            for (int replica = 1; replica <= config.replicas(); replica++) {
                String key = instanceKey(spec, replica);
                services.put(key, launcher(spec, replica, ports.service(key)));
            }
        }
        ensureOpen();
        ServiceStarter.startAll(services());
        identityInfo = identityStart == null ? null : awaitIdentity(identityStart);
        ensureOpen();
        if (identityInfo != null && !config.services().isEmpty()) {
            startPortal(identityInfo);
        }
        writeInfo();
        Files.writeString(layout.readyMarker(), Instant.now() + "\n");
        LOG.info("stack ready in {} ms: {}", Duration.between(begin, Instant.now()).toMillis(), layout.stackJson());
        return info;
    }

    /** Stops services (in parallel), Kafka, PostgreSQL; removes stack.json, ready marker, summary, pid file. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        quietly("ready marker", () -> Files.deleteIfExists(layout.readyMarker()));
        quietly("summary", () -> Files.deleteIfExists(layout.summary()));
        if (info != null) {
            quietly("stack.json", () -> Files.deleteIfExists(layout.stackJson()));
        }
        stopProcesses();
        quietly("pid file", pids::delete);
        if (config.shutdownHook()) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException alreadyShuttingDownOrNeverAdded) {
                // nothing to undo
            }
        }
    }

    /**
     * Starts one more instance of a service (e.g. {@code report}) on a free port, waits until it is ready and adds it
     * to stack.json; returns its key ({@code report-3}).
     */
    public synchronized ServiceProcess addReplica(String serviceKey) throws IOException {
        ServiceSpec spec = config.services().stream().filter(s -> s.key().equals(serviceKey)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no service " + serviceKey));
        int replica = 1;
        while (services.containsKey(instanceKey(spec, replica))) {
            replica++;
        }
        String key = instanceKey(spec, replica);
        ServiceProcess added = launcher(spec, replica, org.perfreview.localstack.process.Ports.free());
        services.put(key, added);
        added.start();
        writeInfo();
        return added;
    }

    /** Stops an instance added by {@link #addReplica} (or any but a service's first) and drops it from stack.json. */
    public synchronized void removeReplica(String instanceKey) throws IOException {
        if (config.services().stream().anyMatch(s -> s.key().equals(instanceKey))) {
            throw new IllegalArgumentException(instanceKey + " is a service's first instance; stop() it instead");
        }
        ServiceProcess removed = services.remove(instanceKey);
        if (removed == null) {
            throw new NoSuchElementException("no instance " + instanceKey);
        }
        removed.stop();
        pids.remove(removed.name());
        writeInfo();
    }

    /** Every running-or-not instance of a service, first one first. */
    public List<ServiceProcess> replicas(String serviceKey) {
        synchronized (services) {
            return services.entrySet().stream()
                    .filter(e -> e.getKey().equals(serviceKey) || e.getKey().startsWith(serviceKey + "-"))
                    .map(Map.Entry::getValue).toList();
        }
    }

    /** {@code report} for the first instance, {@code report-2} for the second ... */
    static String instanceKey(ServiceSpec spec, int replica) {
        return replica == 1 ? spec.key() : spec.key() + "-" + replica;
    }

    public StackInfo info() {
        if (info == null) {
            throw new IllegalStateException("stack not started");
        }
        return info;
    }

    public Postgres postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /** The identity provider, or null when the config asked for none. */
    public StackIdentity identity() {
        return identity;
    }

    /** A service by stack.json key ({@code scoring}) or module name ({@code scoring-service}). */
    public ServiceProcess service(String keyOrName) {
        ServiceProcess byKey = services.get(keyOrName);
        if (byKey != null) {
            return byKey;
        }
        return services().stream().filter(s -> s.name().equals(keyOrName)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no service " + keyOrName + " in " + services.keySet()));
    }

    public List<ServiceProcess> services() {
        synchronized (services) {
            return List.copyOf(services.values());
        }
    }

    /** Tokens signed with the stack's key, naming the issuer the services verify. */
    public Tokens tokens() throws IOException {
        return Tokens.fromPem(layout.jwtDir().resolve(PemKeys.PRIVATE_FILE)).withIssuer(issuer);
    }

    /** Paths inside the work dir: logs, keys, pid file, stack.json. */
    public StackLayout layout() {
        return layout;
    }

    private void ensureOpen() throws IOException {
        if (closed.get()) {
            // close() may have run before the last step spawned its process: stop that one too.
            stopProcesses();
            throw new IOException("stack closed while starting");
        }
    }

    private void stopProcesses() {
        quietly("services", () -> ServiceStarter.stopAll(services()));
        StackIdentity idp = identity;
        if (idp != null) {
            quietly("keycloak", idp::stop);
        }
        KafkaBroker broker = kafka;
        if (broker != null) {
            quietly("kafka", broker::stop);
        }
        Postgres database = postgres;
        if (database != null) {
            quietly("postgres", database::stop);
        }
    }

    private void prepareWorkDir() throws IOException {
        Files.createDirectories(layout.workDir());
        int stopped = PidFile.stopLeftovers(layout.pidFile(), Duration.ofSeconds(20));
        if (stopped > 0) {
            LOG.info("stopped {} process(es) left over by an earlier run in {}", stopped, layout.workDir());
        }
        Files.deleteIfExists(layout.readyMarker());
        Files.deleteIfExists(layout.stackJson());
        if (!config.keepData()) {
            WorkDirs.deleteRecursively(layout.kafkaDir());
            WorkDirs.deleteRecursively(layout.postgresData().getParent());
            WorkDirs.deleteRecursively(layout.keycloakDir());
        }
    }

    private void writeInfo() throws IOException {
        info = new StackInfo(serviceUrls(), kafka.bootstrapServers(), postgres.baseUrl(), layout.workDir(), identityInfo);
        info.write(layout.stackJson());
    }

    private StackPorts ports() throws IOException {
        List<String> keys = config.services().stream()
                .flatMap(spec -> java.util.stream.IntStream.rangeClosed(1, config.replicas()).mapToObj(r -> instanceKey(spec, r)))
                .toList();
        StackPorts ports = config.keepData()
                ? StackPorts.load(layout.portsFile(), keys).orElseGet(() -> StackPorts.allocate(keys))
                : StackPorts.allocate(keys);
        ports.save(layout.portsFile());
        return ports;
    }

    /** Replicas of a service share its database and consumer groups; each has its own port, log and pid entry. */
    private ServiceProcess launcher(ServiceSpec spec, int replica, int port) {
        DatabaseCredentials db = postgres.createDatabase(spec.database(), spec.databaseUser(), spec.databasePassword());
        Map<String, String> env = ServiceEnvironment.of(db, kafka.bootstrapServers(),
                layout.jwtDir().resolve(PemKeys.PUBLIC_FILE), issuer, spec.extraEnv());
        String name = replica == 1 ? spec.name() : spec.name() + "-" + replica;
        return ServiceProcess.quarkusApp(name, spec.jar(), port, env, layout.log(name))
                .readyTimeout(config.readyTimeout())
                .onStart(h -> pids.put(name, h));
    }

    /** Keycloak starts in the background (its issuer is known from the port), beside PostgreSQL, Kafka and the services. */
    private CompletableFuture<IdentityInfo> startIdentity(StackPorts ports) {
        identity = new StackIdentity(layout.keycloakDir(), ports.identity(), ports.identityManagement(),
                layout.jwtDir().resolve(PemKeys.PRIVATE_FILE), config.keepData(), layout.log("keycloak"))
                .onStart(h -> pids.put("keycloak", h));
        issuer = StackIdentity.issuer(ports.identity());
        StackIdentity idp = identity;
        return CompletableFuture.supplyAsync(() -> {
            try {
                idp.start();
                return idp.info();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, runnable -> new Thread(runnable, "start-keycloak").start());
    }

    /**
     * The portal signs users in at the identity provider, so it starts once that is up, as a fourth service (key
     * {@code portal} in stack.json). Skipped, saying so, where the portal was not built (a reactor build runs
     * local-stack's tests before it packages the portal) or the stack does not run the services it calls.
     */
    private void startPortal(IdentityInfo idp) throws IOException {
        List<String> missing = PortalSpec.missing(serviceUrls());
        if (!missing.isEmpty()) {
            LOG.info("portal not started: the stack does not run {}", missing);
            return;
        }
        PortalSpec spec = PortalSpec.of(RepoRoot.find(), idp.issuer(), idp.portalClientId(), idp.portalClientSecret());
        if (!Files.isRegularFile(spec.jar())) {
            LOG.warn("portal not started: {} is missing (build it with 'mvn -B -DskipTests package -pl portal -am')", spec.jar());
            return;
        }
        ServiceProcess portal = spec.launcher(Ports.free(), serviceUrls(), layout.log(PortalSpec.MODULE))
                .readyTimeout(config.readyTimeout())
                .onStart(h -> pids.put(PortalSpec.MODULE, h));
        services.put(PortalSpec.KEY, portal);
        portal.start();
    }

    private static IdentityInfo awaitIdentity(CompletableFuture<IdentityInfo> start) throws IOException {
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("identity provider failed to start", e.getCause());
        }
    }

    private Map<String, String> serviceUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        synchronized (services) {
            services.forEach((key, service) -> urls.put(key, service.url()));
        }
        return urls;
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void quietly(String what, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            LOG.warn("while stopping {}: {}", what, e.toString());
        }
    }
}
