package dev.lvb.quarkus.deployment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassType;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;


import dev.lvb.callback.LvbReplay;
import dev.lvb.callback.internal.LvbCallbackStartup;
import dev.lvb.callback.internal.LvbEventDispatcher;
import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbCallListener;
import dev.lvb.client.LvbOperation;
import dev.lvb.client.LvbReactiveApi;
import dev.lvb.client.internal.LvbJsonProvider;
import dev.lvb.client.internal.LvbParamConverter;
import dev.lvb.client.internal.LvbRequestFilter;
import dev.lvb.client.internal.LvbResponseFilter;
import dev.lvb.core.internal.LvbJsonTypes;
import dev.lvb.quarkus.LvbAccount;
import dev.lvb.quarkus.runtime.LvbAccountCallbacks;
import dev.lvb.quarkus.runtime.LvbAccountRestClients;
import dev.lvb.quarkus.runtime.LvbAccounts;
import dev.lvb.quarkus.runtime.LvbAccountsRecorder;
import dev.lvb.quarkus.runtime.LvbCallbackPaths;
import dev.lvb.quarkus.runtime.LvbClientInterceptor;
import dev.lvb.quarkus.runtime.LvbProducers;
import dev.lvb.quarkus.runtime.LvbStartupCheck;
import dev.lvb.quarkus.runtime.LvbUrlProducer;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.AdditionalIndexedClassesBuildItem;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.ConfigMappingBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.GeneratedClassBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveMethodBuildItem;
import io.quarkus.deployment.configuration.ConfigMappingUtils;
import io.quarkus.deployment.pkg.NativeConfig;
import io.smallrye.config.ConfigMappings;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import jakarta.inject.Singleton;

/**
 * Wires LVB into a Quarkus application: the REST client interface, the beans made from {@code quarkus.lvb.*}, the
 * callback endpoint at its configured path, and the reflection a native image needs for JSON-B. The library jars
 * carry no bean index; every class Quarkus must know is registered here.
 */
class LvbProcessor {

    /** The feature name shown at startup. */
    static final String FEATURE = "lvb";

    /**
     * Announces the feature.
     *
     * @return the feature
     */
    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /**
     * The REST client processor finds the {@code @RegisterRestClient} interfaces and their providers in the index;
     * ArC finds there the interceptor binding {@link LvbOperation} that {@link LvbClientInterceptor} serves. The
     * signing filter is a bean (see {@code LvbProducers}) that the REST client fetches programmatically.
     *
     * @param indexed receives the classes to index
     * @param unremovable keeps the request filter bean
     */
    @BuildStep
    void restClient(BuildProducer<AdditionalIndexedClassesBuildItem> indexed,
            BuildProducer<UnremovableBeanBuildItem> unremovable) {
        indexed.produce(new AdditionalIndexedClassesBuildItem(LvbApi.class.getName(), LvbReactiveApi.class.getName(),
                LvbOperation.class.getName(), LvbJsonProvider.class.getName(), LvbParamConverter.class.getName(),
                LvbRequestFilter.class.getName(), LvbResponseFilter.class.getName()));
        unremovable.produce(UnremovableBeanBuildItem.beanTypes(LvbRequestFilter.class));
    }

    /**
     * The call listener SPI: indexed (beans implement it), and its beans are kept although only the client
     * interceptor's {@code Instance<>} injection point asks for them.
     *
     * @param indexed receives the SPI
     * @param unremovable keeps its beans
     */
    @BuildStep
    void listeners(BuildProducer<AdditionalIndexedClassesBuildItem> indexed,
            BuildProducer<UnremovableBeanBuildItem> unremovable) {
        indexed.produce(new AdditionalIndexedClassesBuildItem(LvbCallListener.class.getName()));
        unremovable.produce(UnremovableBeanBuildItem.beanTypes(LvbCallListener.class));
    }

    /**
     * Registers the producers, the startup check, the interceptor, the accounts and, when the callback endpoint is
     * enabled, its beans.
     *
     * @param config the build-time configuration
     * @return the beans
     */
    @BuildStep
    AdditionalBeanBuildItem beans(LvbBuildTimeConfig config) {
        // LvbReplay: the qualifier of replayed events (dev mode); registered in every mode so observers may name it
        AdditionalBeanBuildItem.Builder beans = AdditionalBeanBuildItem.builder().setUnremovable()
                .addBeanClasses(LvbProducers.class, LvbStartupCheck.class, LvbUrlProducer.class,
                        LvbReplay.class, LvbClientInterceptor.class, LvbAccount.class, LvbAccounts.class);
        if (config.callback().enabled()) {
            // Every account, the default one included, is served by LvbAccountCallbacks' routes; the Jakarta REST
            // resource LvbCallbackEndpoint is for other servers.
            beans.addBeanClasses(LvbEventDispatcher.class, LvbCallbackStartup.class, LvbAccountCallbacks.class);
        }
        return beans.build();
    }

    /**
     * The named accounts' beans: {@code @LvbAccount("<name>") LvbApi} and {@code LvbReactiveApi} for every name
     * an injection point or observer asks for or the configuration declares ({@code quarkus.lvb."<name>".*}), and the
     * callback paths.
     *
     * @param recorder creates the beans at run time
     * @param config the build-time configuration
     * @param index the application's index
     * @param beans receives the synthetic beans
     */
    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void accounts(LvbAccountsRecorder recorder, LvbBuildTimeConfig config, CombinedIndexBuildItem index,
            BuildProducer<SyntheticBeanBuildItem> beans) {
        beans.produce(SyntheticBeanBuildItem.configure(LvbCallbackPaths.class).scope(Singleton.class).unremovable()
                .setRuntimeInit()
                .supplier(recorder.callbackPaths(normalize(config.callback().path()), config.callback().enabled()))
                .done());
        for (String account : accountNames(index.getIndex(), ConfigProvider.getConfig().getPropertyNames())) {
            AnnotationInstance qualifier = AnnotationInstance.builder(LvbAccount.class).add("value", account).build();
            beans.produce(SyntheticBeanBuildItem.configure(LvbApi.class).scope(Singleton.class)
                    .addQualifier(qualifier).setRuntimeInit().unremovable()
                    .addInjectionPoint(ClassType.create(LvbAccounts.class)).createWith(recorder.api(account)).done());
            beans.produce(SyntheticBeanBuildItem.configure(LvbReactiveApi.class).scope(Singleton.class)
                    .addQualifier(qualifier).setRuntimeInit().unremovable()
                    .addInjectionPoint(ClassType.create(LvbAccounts.class)).createWith(recorder.reactive(account))
                    .done());
        }
    }

    /**
     * The named accounts' HTTP settings, {@code quarkus.rest-client."lvb-<name>".*}.
     *
     * @param nativeConfig the native build's settings
     * @param index the application's index
     * @param generated receives the mapping's implementation
     * @param reflective receives the classes a native image must reach reflectively
     * @param reflectiveMethods receives the methods a native image must reach reflectively
     * @return the mapping
     */
    @BuildStep
    ConfigMappingBuildItem accountRestClients(NativeConfig nativeConfig, CombinedIndexBuildItem index,
            BuildProducer<GeneratedClassBuildItem> generated, BuildProducer<ReflectiveClassBuildItem> reflective,
            BuildProducer<ReflectiveMethodBuildItem> reflectiveMethods) {
        // A packaged application cannot generate a mapping's implementation at run time, and Quarkus generates only
        // those of configuration roots and of the application's own mappings: generate ours here. Its group
        // (RestClientConfig) is Quarkus' and generated by Quarkus already.
        Map<String, GeneratedClassBuildItem> classes = new HashMap<>();
        ConfigMappingUtils.processExtensionConfigMapping(nativeConfig,
                ConfigMappings.ConfigClass.configClass(LvbAccountRestClients.class, "quarkus.rest-client"), index,
                classes, reflective, reflectiveMethods, configClass -> {
                }, constrained -> {
                });
        classes.values().stream().filter(c -> c.getName().replace('/', '.')
                .startsWith(LvbAccountRestClients.class.getName())).forEach(generated::produce);
        return new ConfigMappingBuildItem(LvbAccountRestClients.class, "quarkus.rest-client");
    }

    /** A named account's property: {@code quarkus.lvb."<name>".<property>} or {@code quarkus.lvb.<name>.<property>}. */
    private static final Pattern ACCOUNT_PROPERTY = Pattern.compile("quarkus\\.lvb\\.(\"[^\"]+\"|[^.\"]+)\\."
            + "(active|app-id|api-key|callback-key|signature-validity|statcgi-url|wire\\..+|callback\\.path"
            + "|callback\\.previous-keys)");

    /**
     * @param index the application's index
     * @param properties the configuration's property names
     * @return the account names used by {@code @LvbAccount} in the application and declared in its configuration
     */
    static Set<String> accountNames(IndexView index, Iterable<String> properties) {
        Set<String> names = new TreeSet<>();
        for (AnnotationInstance used : index.getAnnotations(DotName.createSimple(LvbAccount.class))) {
            names.add(used.value().asString());
        }
        for (String property : properties) {
            Matcher m = ACCOUNT_PROPERTY.matcher(property);
            if (m.matches()) {
                names.add(m.group(1).replace("\"", ""));
            }
        }
        return names;
    }

    /**
     * Registers the JSON-B models, their (de)serializers and the client providers for reflection in native images.
     *
     * @param reflective receives the classes
     */
    @BuildStep
    void nativeImage(BuildProducer<ReflectiveClassBuildItem> reflective) {
        List<String> models = new ArrayList<>();
        LvbJsonTypes.models().forEach(c -> models.add(c.getName()));
        reflective.produce(ReflectiveClassBuildItem.builder(models.toArray(String[]::new)).constructors().methods()
                .fields().reason("LVB JSON-B models").build());
        List<String> codecs = new ArrayList<>();
        LvbJsonTypes.codecs().forEach(c -> codecs.add(c.getName()));
        reflective.produce(ReflectiveClassBuildItem.builder(codecs.toArray(String[]::new)).constructors()
                .reason("LVB JSON-B (de)serializers").build());
        reflective.produce(ReflectiveClassBuildItem.builder(LvbJsonProvider.class.getName(),
                LvbParamConverter.class.getName(), LvbRequestFilter.class.getName(),
                LvbResponseFilter.class.getName()).constructors()
                .reason("LVB REST client providers").build());
    }

    /**
     * The callback path with one leading and no trailing slash.
     *
     * @param path the configured path
     * @return the normalized path
     */
    static String normalize(String path) {
        return LvbCallbackPaths.normalize(path, "quarkus.lvb.callback.path");
    }
}
