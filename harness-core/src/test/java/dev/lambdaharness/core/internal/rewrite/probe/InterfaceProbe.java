package dev.lambdaharness.core.internal.rewrite.probe;

import java.util.Map;
import java.util.function.Supplier;

import dev.lambdaharness.core.internal.rewrite.Probe;

/** A method reference inside an interface: its bridge must be an interface method. */
public interface InterfaceProbe extends Probe {

    @Override
    default Map<String, String> getenvFromInterfaceMethodReference() {
        Supplier<Map<String, String>> environment = System::getenv;
        return environment.get();
    }
}
