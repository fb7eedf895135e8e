package dev.lambdaharness.junit;

import dev.lambdaharness.junit.internal.LambdaTestExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hold repeated {@link LambdaTest @LambdaTest} annotations; the compiler writes it, write
 * {@code @LambdaTest} twice instead.
 *
 * <pre>{@code
 * @LambdaTest(name = "create", handler = "com.example.orders.CreateOrder::handleRequest")
 * @LambdaTest(name = "ship", handler = "com.example.orders.ShipOrders")
 * class OrdersTest { }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LambdaTestExtension.class)
public @interface LambdaTests {

    /** The repeated annotations. */
    LambdaTest[] value();
}
