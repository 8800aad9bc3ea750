/**
 * A stateful, in-process fake of Tencent Cloud LVB's legacy server APIs and event notifications.
 * <p>
 * {@link dev.lvb.simulator.LvbSimulator} runs it ({@link dev.lvb.simulator.LvbSimulatorConfig} configures it,
 * {@link dev.lvb.simulator.AdjustableClock} makes time deterministic), lvb-testing's
 * {@code dev.lvb.testing.LvbSimulatorExtension} runs it for JUnit 5 tests, and the records {@link dev.lvb.simulator.StreamView},
 * {@link dev.lvb.simulator.RecordingTaskView}, {@link dev.lvb.simulator.MixSessionView},
 * {@link dev.lvb.simulator.CallbackRecord} and {@link dev.lvb.simulator.PushResult} are snapshots of its state.
 * Requests and results on the wire are lvb-core's models. {@code dev.lvb.simulator.internal} is not an API.
 */
package dev.lvb.simulator;
