package dev.lvb.quarkus.deployment;

import java.util.ArrayList;
import java.util.List;

import dev.lvb.client.cloud.LvbCloudApi;
import dev.lvb.client.cloud.LvbCloudCall;
import dev.lvb.client.cloud.LvbCloudSigningFilter;
import dev.lvb.client.cloud.internal.LvbCloudExceptionMapper;
import dev.lvb.client.cloud.internal.LvbCloudJsonProvider;
import dev.lvb.client.cloud.internal.LvbCloudResponseFilter;
import dev.lvb.quarkus.runtime.LvbCloudClientInterceptor;
import dev.lvb.quarkus.runtime.LvbCloudProducers;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.AdditionalIndexedClassesBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.smallrye.health.deployment.spi.HealthBuildItem;

/**
 * The Cloud API 3.0 client ({@code LvbCloudApi}, config key {@code lvb-cloud}): its signing filter bean, the
 * interceptor that types its failures and reports its calls, and its metrics and readiness check under the same
 * conditions as the legacy client's ({@link LvbObservabilityProcessor}).
 */
class LvbCloudProcessor {

    /** The metrics bean of the Cloud API client, named so that Micrometer stays optional. */
    /** The readiness check of the Cloud API client, named so that SmallRye Health stays optional. */
    static final String READINESS_CHECK = "dev.lvb.quarkus.runtime.LvbCloudReadinessCheck";

    /**
     * Indexes the client interface and its providers.
     *
     * @param indexed receives the classes to index
     */
    @BuildStep
    void restClient(BuildProducer<AdditionalIndexedClassesBuildItem> indexed) {
        indexed.produce(new AdditionalIndexedClassesBuildItem(LvbCloudApi.class.getName(),
                LvbCloudJsonProvider.class.getName(), LvbCloudSigningFilter.class.getName(),
                LvbCloudResponseFilter.class.getName(), LvbCloudExceptionMapper.class.getName(),
                LvbCloudCall.class.getName()));
    }

    /**
     * Registers the producers, the signing filter and the interceptor as unremovable beans.
     *
     * @param beans receives the beans
     * @param unremovable keeps the signing filter, which only the REST client looks up
     */
    @BuildStep
    void beans(BuildProducer<AdditionalBeanBuildItem> beans, BuildProducer<UnremovableBeanBuildItem> unremovable) {
        beans.produce(AdditionalBeanBuildItem.unremovableOf(LvbCloudProducers.class));
        // Nothing injects the filter: the REST client takes it from the container by type.
        beans.produce(AdditionalBeanBuildItem.unremovableOf(LvbCloudSigningFilter.class));
        unremovable.produce(UnremovableBeanBuildItem.beanTypes(LvbCloudSigningFilter.class));
        beans.produce(AdditionalBeanBuildItem.unremovableOf(LvbCloudClientInterceptor.class));
    }

    /**
     * Adds the readiness check when SmallRye Health is present (enabled by {@code quarkus.lvb.health.enabled}).
     *
     * @param capabilities the application's extensions
     * @param config the build-time configuration
     * @param health receives the check
     */
    @BuildStep
    void health(Capabilities capabilities, LvbBuildTimeConfig config, BuildProducer<HealthBuildItem> health) {
        if (capabilities.isPresent(Capability.SMALLRYE_HEALTH)) {
            health.produce(new HealthBuildItem(READINESS_CHECK, config.health().enabled()));
        }
    }

    /**
     * Registers the providers and the API 3.0 records for reflection in native images.
     *
     * @param reflective receives the classes
     */
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
