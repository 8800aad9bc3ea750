package dev.lvb.demo;

/**
 * Which of LVB's APIs the demo's stream operations call ({@code demo.api}): {@code legacy} (the "live code"
 * interfaces, {@code @RestClient LvbApi}, the default) or {@code cloud} (Tencent Cloud API 3.0,
 * {@code @RestClient LvbCloudApi}). Both run against the simulator Dev Service.
 */
public enum DemoApi {
    /** {@code LvbApi}: Live_Channel_GetStatus, Live_Channel_SetStatus, channel_manager, Live_Tape_Start/Stop. */
    LEGACY,
    /** {@code LvbCloudApi}: DescribeLiveStreamState, Forbid/Resume/DropLiveStream, CreateRecordTask/StopRecordTask. */
    CLOUD
}
