package org.greenlane.core;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Boundary rules shared by every module: packages directly under a root are capabilities,
 * a capability's {@code internal} subpackage is its own, and capabilities form no cycles.
 */
public final class CapabilityRules {

    private CapabilityRules() {
    }

    public static ArchRule internalsStayInside(String rootPackage) {
        Pattern capability = Pattern.compile(Pattern.quote(rootPackage) + "\\.([a-z0-9]+)(\\..*)?");
        Pattern internal = Pattern.compile(Pattern.quote(rootPackage) + "\\.([a-z0-9]+)\\.internal(\\..*)?");
        return classes().that().resideInAPackage(rootPackage + "..")
                .should(new ArchCondition<>("not depend on the internal package of another capability") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> own = group(capability, origin.getPackageName());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            Optional<String> target = group(internal, dependency.getTargetClass().getPackageName());
                            if (target.isPresent() && !target.equals(own)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    public static ArchRule capabilitiesFreeOfCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    private static Optional<String> group(Pattern pattern, String packageName) {
        Matcher matcher = pattern.matcher(packageName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
