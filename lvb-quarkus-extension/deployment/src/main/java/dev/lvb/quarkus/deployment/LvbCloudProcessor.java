package dev.lvb.quarkus.deployment;

import java.util.ArrayList;
import java.util.List;

import dev.lvb.client.cloud.LvbCloudApi;
import dev.lvb.client.cloud.LvbCloudSigningFilter;
import dev.lvb.client.cloud.internal.LvbCloudExceptionMapper;
import dev.lvb.client.cloud.internal.LvbCloudJsonProvider;
import dev.lvb.client.cloud.internal.LvbCloudResponseFilter;
import dev.lvb.quarkus.runtime.LvbCloudProducers;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.AdditionalIndexedClassesBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;

/** The Cloud API 3.0 client ({@code LvbCloudApi}, config key {@code lvb-cloud}) and its signing filter bean. */
class LvbCloudProcessor {

    @BuildStep
    void restClient(BuildProducer<AdditionalIndexedClassesBuildItem> indexed) {
        indexed.produce(new AdditionalIndexedClassesBuildItem(LvbCloudApi.class.getName(),
                LvbCloudJsonProvider.class.getName(), LvbCloudSigningFilter.class.getName(),
                LvbCloudResponseFilter.class.getName(), LvbCloudExceptionMapper.class.getName()));
    }

    @BuildStep
    void beans(BuildProducer<AdditionalBeanBuildItem> beans, BuildProducer<UnremovableBeanBuildItem> unremovable) {
        beans.produce(AdditionalBeanBuildItem.unremovableOf(LvbCloudProducers.class));
        // Nothing injects the filter: the REST client takes it from the container by type.
        beans.produce(AdditionalBeanBuildItem.unremovableOf(LvbCloudSigningFilter.class));
        unremovable.produce(UnremovableBeanBuildItem.beanTypes(LvbCloudSigningFilter.class));
    }

    @BuildStep
    void nativeImage(BuildProducer<ReflectiveClassBuildItem> reflective) {
        reflective.produce(ReflectiveClassBuildItem.builder(LvbCloudJsonProvider.class.getName(),
                LvbCloudSigningFilter.class.getName(), LvbCloudResponseFilter.class.getName(),
                LvbCloudExceptionMapper.class.getName()).constructors().reason("LVB Cloud API client providers")
                .build());
        List<String> models = new ArrayList<>();
        for (String name : MODELS) {
            models.add("dev.lvb.core.cloud.model." + name);
        }
        reflective.produce(ReflectiveClassBuildItem.builder(models.toArray(String[]::new)).constructors().methods()
                .fields().reason("LVB Cloud API JSON-B records").build());
    }

    private static final List<String> MODELS = List.of("CancelCommonMixStreamRequest", "CommonMixControlParams",
            "CommonMixCropParams", "CommonMixInputParam", "CommonMixLayoutParams", "CommonMixOutputParams",
            "CreateCommonMixStreamRequest", "CreateRecordTaskRequest", "CreateRecordTaskResponse",
            "DayStreamPlayInfo", "DescribeLiveForbidStreamListRequest", "DescribeLiveForbidStreamListResponse",
            "DescribeLiveStreamOnlineListRequest", "DescribeLiveStreamOnlineListResponse",
            "DescribeLiveStreamPublishedListRequest", "DescribeLiveStreamPublishedListResponse",
            "DescribeLiveStreamPushInfoListRequest", "DescribeLiveStreamPushInfoListResponse",
            "DescribeLiveStreamStateRequest", "DescribeLiveStreamStateResponse", "DescribeRecordTaskRequest",
            "DescribeRecordTaskResponse", "DescribeStreamPlayInfoListRequest", "DescribeStreamPlayInfoListResponse",
            "DescribeStreamPushInfoListRequest", "DescribeStreamPushInfoListResponse", "DropLiveStreamRequest",
            "ForbidLiveStreamRequest", "ForbidStreamInfo", "LvbCloudAck", "PublishTime", "PublishedStreamInfo",
            "PushDataInfo", "PushQualityData", "RecordTask", "ResumeLiveStreamRequest", "StopRecordTaskRequest",
            "StreamOnlineInfo");
}
