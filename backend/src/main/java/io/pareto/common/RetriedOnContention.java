package io.pareto.common;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transaction that begins here and fails only because it lost a race for locks (deadlock,
 * serialization failure, lock timeout) is run again, a few times, before the client hears of it.
 * Only for methods whose arguments can be replayed: ids and parsed input, no streams.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriedOnContention {}
