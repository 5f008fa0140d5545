package dev.gonet.testkit;

import java.util.List;

/**
 * Checks the harness itself where it matters most, on every platform: a failing case is
 * reported with its text, and a case that hangs is cut off instead of stalling the run.
 */
public final class HarnessSuite implements Suite {
    /** The suite; it holds no state. */
    public HarnessSuite() {
    }

    @Override
    public String name() {
        return "Harness";
    }

    @Override
    public List<Case> cases() {
        String n = name();
        return List.of(
                new Case(n, "PassingCasePasses", () -> {
                    Result r = Runner.run(new Case("x", "ok", () -> { }), 1_000);
                    Check.equal("passed", r.passed(), true);
                    Check.equal("message", r.message(), "");
                }),
                new Case(n, "FailureTextKept", () -> {
                    Result r = Runner.run(new Case("x", "bad", () -> Check.equal("f(1)", 2, 3)), 1_000);
                    Check.equal("passed", r.passed(), false);
                    Check.equal("message", r.message(), "f(1) = 2, want 3");
                }),
                new Case(n, "ExceptionDescribed", () -> {
                    Result r = Runner.run(new Case("x", "boom", () -> {
                        throw new IllegalStateException("boom");
                    }), 1_000);
                    Check.isTrue(r.message().startsWith("java.lang.IllegalStateException: boom"),
                            "message = " + r.message());
                }),
                new Case(n, "HangCutOff", () -> {
                    Result r = Runner.run(new Case("x", "hang", () -> Thread.sleep(2_000)), 50);
                    Check.equal("passed", r.passed(), false);
                    Check.equal("message", r.message(), "did not finish within 50 ms");
                    Check.isTrue(r.millis() < 1_500, "cut off after " + r.millis() + " ms, want ~50");
                }),
                new Case(n, "JsonEscapes", () -> Check.equal("json",
                        ResultsJson.encode(List.of(new Result("a/\"b\"", false, "x\ny\\", 3))),
                        "[{\"id\":\"a/\\\"b\\\"\",\"passed\":false,\"message\":\"x\\ny\\\\\",\"millis\":3}]")));
    }
}
