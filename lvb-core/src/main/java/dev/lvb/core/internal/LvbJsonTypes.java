package dev.lvb.core.internal;

import java.util.List;

import dev.lvb.core.event.AudioModerationEvent;
import dev.lvb.core.event.HighlightEvent;
import dev.lvb.core.event.LiveMonitorEvent;
import dev.lvb.core.event.LiveSummaryEvent;
import dev.lvb.core.event.PornDetectionEvent;
import dev.lvb.core.event.PushErrorEvent;
import dev.lvb.core.event.QualityCheckEvent;
import dev.lvb.core.event.RecordingErrorEvent;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.event.RecordingStatusEvent;
import dev.lvb.core.event.RelayTaskEvent;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.core.json.LvbJson;
import dev.lvb.core.json.LvbLenient;
import dev.lvb.core.model.Channel;
import dev.lvb.core.model.ChannelList;
import dev.lvb.core.model.LiveChannel;
import dev.lvb.core.model.LiveChannelList;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.MixCall;
import dev.lvb.core.model.MixCrop;
import dev.lvb.core.model.MixInput;
import dev.lvb.core.model.MixLayout;
import dev.lvb.core.model.MixParameters;
import dev.lvb.core.model.MixResult;
import dev.lvb.core.model.MixStreamBody;
import dev.lvb.core.model.PlayStatHistory;
import dev.lvb.core.model.PlayStatPoint;
import dev.lvb.core.model.PlayStatSum;
import dev.lvb.core.model.PushStatHistory;
import dev.lvb.core.model.PushStatPoint;
import dev.lvb.core.model.QueuedScreenshot;
import dev.lvb.core.model.RecordingFile;
import dev.lvb.core.model.RecordingFiles;
import dev.lvb.core.model.RecordingTask;
import dev.lvb.core.model.ScreenshotQueue;
import dev.lvb.core.model.StreamStat;
import dev.lvb.core.model.StreamStatusEntry;

/**
 * Every class JSON-B touches reflectively: the models and events bound to or from JSON, and the deserializers and
 * serializers their annotations name. A native image must register exactly these for reflection (the Quarkus
 * extension does); a test keeps the list complete.
 */
public final class LvbJsonTypes {

    private static final List<Class<?>> MODELS = List.of(
            LiveStat.class, StreamStat.class, PushStatHistory.class, PushStatPoint.class, PlayStatHistory.class,
            PlayStatPoint.class, PlayStatSum.class, StreamStatusEntry.class, RecordingFiles.class, RecordingFile.class,
            ScreenshotQueue.class, QueuedScreenshot.class, ChannelList.class, Channel.class, LiveChannelList.class,
            LiveChannel.class, RecordingTask.class, MixStreamBody.class, MixCall.class, MixParameters.class,
            MixInput.class, MixLayout.class, MixCrop.class, MixResult.class,
            StreamBeginEvent.class, StreamEndEvent.class, RecordingFileEvent.class, ScreenshotEvent.class,
            PornDetectionEvent.class, RelayTaskEvent.class, RelayTaskEvent.Message.class, AudioModerationEvent.class,
            PushErrorEvent.class, PushErrorEvent.Abnormal.class, PushErrorEvent.Detail.class, LiveMonitorEvent.class,
            RecordingStatusEvent.class, RecordingStatusEvent.Detail.class, RecordingErrorEvent.class,
            RecordingErrorEvent.Failure.class, QualityCheckEvent.class, LiveSummaryEvent.class,
            HighlightEvent.class);

    /** Named by annotations, so built by JSON-B; those {@link LvbJson} registers for every type it builds itself. */
    private static final List<Class<?>> CODECS = List.of(LvbLenient.LongAsText.class,
            LvbLenient.ObjectOrFirstElement.class, LvbLenient.ObjectsOrStrings.class, LvbLenient.JsonText.class,
            LvbLenient.ObjectOrObjects.class, LvbLenient.ObjectList.class);

    private LvbJsonTypes() {
    }

    /** @return the records bound to and from JSON */
    public static List<Class<?>> models() {
        return MODELS;
    }

    /** @return the (de)serializers named by the models' annotations; JSON-B instantiates them reflectively */
    public static List<Class<?>> codecs() {
        return CODECS;
    }
}
