import Logging
import Prometheus

/// What a worker's `/metrics` reports: jobs it finished by outcome, how long they took, and the queue's depth by
/// state (read from the database when scraped, so every worker reports the whole queue).
public final class WorkerMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()
    let settings: QueueWorker.Settings
    let logger: Logger

    /// Made once: a registry lookup for every job (the help text checked each time) cost more than counting.
    private let jobCounters: [WorkerEvent.Kind: Counter]
    private let jobDuration: DurationHistogram

    public init(settings: QueueWorker.Settings, logger: Logger) {
        self.settings = settings
        self.logger = logger
        let registry = self.registry
        let jobs = MetricNameDescriptor(
            namespace: "newsml", subsystem: "worker", metricName: "jobs", unitName: "total",
            helpText: "Jobs this worker finished: done, dead, or lost (its lease passed and another worker took it).")
        var counters: [WorkerEvent.Kind: Counter] = [:]
        for kind in [WorkerEvent.Kind.done, .dead, .lost] {
            counters[kind] = registry.makeCounter(descriptor: jobs, labels: [("outcome", kind.rawValue)])
        }
        jobCounters = counters
        jobDuration = registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "newsml", subsystem: "worker", metricName: "job_duration", unitName: "seconds",
                helpText: "Time from claiming a job to storing its outcome."),
            labels: [],
            buckets: [
                .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
                .milliseconds(500), .seconds(1), .seconds(5), .seconds(30),
            ])
    }

    func finished(_ kind: WorkerEvent.Kind, duration: Duration) {
        jobCounters[kind]?.increment()
        jobDuration.record(duration)
    }

    /// The exposition text, with the queue's depth read now (left out when the database does not answer).
    public func render() async -> [UInt8] {
        if let counts = try? await JobQueue.with(settings.database, logger: logger, { try await $0.counts() }) {
            for (state, count) in counts {
                registry.makeGauge(
                    descriptor: MetricNameDescriptor(
                        namespace: "newsml", subsystem: "queue", metricName: "jobs", unitName: "",
                        helpText: "Jobs in the queue by state (the whole queue, as this worker's database sees it)."),
                    labels: [("state", state)]
                ).set(Double(count))
            }
        }
        return registry.emitToBuffer()
    }
}
