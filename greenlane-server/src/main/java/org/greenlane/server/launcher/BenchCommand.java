package org.greenlane.server.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Runs a named benchmark. Benchmarks are found through {@link ServiceLoader}, so the greenlane-bench
 * module can bring its own (with peer libraries the product does not ship).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run a benchmark: bench <name>. Its last line is 'RESULT name=<name> key=value ...'."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<name>", description = "Name of the benchmark (an unknown name lists the known ones).")
    String name;

    @Override
    public Integer call() throws Exception {
        List<Benchmark> known = ServiceLoader.load(Benchmark.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Benchmark::name)).toList();
        Benchmark benchmark = known.stream().filter(candidate -> candidate.name().equals(name)).findFirst().orElse(null);
        if (benchmark == null) {
            System.err.println("greenlane: unknown benchmark '" + name + "'. " + describe(known));
            return Greenlane.USAGE_ERROR;
        }
        return benchmark.run(System.out);
    }

    static String describe(List<Benchmark> known) {
        if (known.isEmpty()) {
            return "This build has no benchmarks yet.";
        }
        return "Known benchmarks:" + known.stream()
                .map(benchmark -> String.format("%n  %-12s %s", benchmark.name(), benchmark.description()))
                .collect(Collectors.joining());
    }
}
