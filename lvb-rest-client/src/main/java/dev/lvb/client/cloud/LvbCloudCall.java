package dev.lvb.client.cloud;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks {@link LvbCloudApi} as calls of Tencent's Cloud API 3.0. With CDI (the Quarkus extension) it is the
 * interceptor binding that turns each call's failure into the typed exception and reports the call to the
 * {@link LvbCloudCallListener}s; the action is the method's {@code X-TC-Action} header value.
 */
@Documented
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface LvbCloudCall {
}
