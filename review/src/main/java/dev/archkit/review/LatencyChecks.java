package dev.archkit.review;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Chains;
import dev.archkit.model.Location;
import dev.archkit.model.req.Argument;
import dev.archkit.model.req.Requirement;
import dev.archkit.model.view.Call;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * deadline, answers-synchronously, safe-retries and fallback: from the facts' call chains
 * ({@code Chains}: the worst sum of attempts x timeout and declared latencies below each element,
 * and the first call without a bound), the synchronous call paths ({@code Facts.callPath}) and each
 * call's retries and fallback ({@code optional}).
 */
final class LatencyChecks implements Check {

    @Override
    public Outcome judge(Requirement r, Design d) {
        return switch (r.predicate()) {
            case DEADLINE -> deadline(d, (Argument.Deadline) r.argument());
            case ANSWERS_SYNCHRONOUSLY -> answersSynchronously(d, (Argument.Hop) r.argument());
            case SAFE_RETRIES -> safeRetries(d);
            case FALLBACK -> fallback(d, ((Argument.Names) r.argument()).names());
            default -> throw new IllegalArgumentException(r.predicate().id());
        };
    }

    private static Outcome deadline(Design d, Argument.Deadline deadline) {
        Chains chains = d.facts().chains();
        List<String> entries = deadline.entries().isEmpty()
                ? chains.entries()
                : deadline.entries();
        List<Outcome> out = new ArrayList<>();
        for (String entry : entries) {
            if (d.architecture().element(entry) == null) {
                out.add(Outcome.unknown("no element '" + entry + "' in this design", new Evidence(entry, "not an element of the design", Location.UNKNOWN)));
            } else {
                out.add(entryDeadline(d, chains, entry, deadline.millis()));
            }
        }
        return Outcome.every("entry points", out);
    }

    private static Outcome entryDeadline(Design d, Chains chains, String entry, long limit) {
        List<CallFact> path = chains.worstTimePath(entry);
        long total = chains.worstPathMillis(entry);
        Optional<CallFact> untimed = chains.untimedCall(entry);
        if (path.isEmpty()) return Outcome.notApplicable(entry + " makes no synchronous call");
        List<Evidence> ev = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (CallFact c : path) {
            long latency = chains.latencyMillis(c.to());
            if (!c.isRoute() && c.timeoutMillis() >= 0) {
                terms.add(c.attempts() + " x " + Texts.millis(c.timeoutMillis()));
                ev.add(new Evidence(c.from(), "-> " + c.to() + ": " + c.attempts() + " attempt(s) x timeout " + Texts.millis(c.timeoutMillis())
                        + " = " + Texts.millis(c.attempts() * c.timeoutMillis()), c.at()));
            }
            if (latency < 0) continue;
            var callee = d.architecture().element(c.to());
            if (!c.isRoute() && c.timeoutMillis() < 0 && c.attempts() > 1) {
                terms.add(c.attempts() + " x " + Texts.millis(latency) + " latency of " + c.to());
                ev.add(Design.of(callee, "latency " + Texts.millis(latency) + ", called without timeout " + c.attempts() + " time(s) by " + c.from()));
            } else {
                terms.add(Texts.millis(latency) + " latency of " + c.to());
                ev.add(Design.of(callee, "latency " + Texts.millis(latency)));
            }
        }
        String chain = String.join(" -> ", elements(entry, path));
        if (total > limit) {
            return new Outcome(Verdict.FAIL, "the synchronous path " + chain + " may wait " + Texts.millis(total) + " (" + String.join(" + ", terms)
                    + "), over the " + Texts.millis(limit) + " deadline at " + entry, ev);
        }
        if (untimed.isPresent()) {
            CallFact c = untimed.get();
            return Outcome.unknown("the call " + c.from() + " -> " + c.to() + " below " + entry + " has no timeout and its callee declares no latency: its wait has no bound",
                    new Evidence(c.from(), "-> " + c.to() + " without timeout", c.at()));
        }
        if (total == 0) {
            return Outcome.pass("no call below " + entry + " (" + chain + ") waits on a timeout or a declared latency: nothing adds to the " + Texts.millis(limit) + " deadline",
                    new Evidence(entry, "-> " + path.get(0).to() + " (no timed call below)", path.get(0).at()));
        }
        return new Outcome(Verdict.PASS, "the worst synchronous path from " + entry + " (" + chain + ") waits at most " + Texts.millis(total)
                + ", within " + Texts.millis(limit), ev);
    }

    private static List<String> elements(String entry, List<CallFact> path) {
        List<String> out = new ArrayList<>(List.of(entry));
        for (CallFact c : path) out.add(c.to());
        return out;
    }

    private static Outcome answersSynchronously(Design d, Argument.Hop hop) {
        for (String name : List.of(hop.from(), hop.to())) {
            if (d.architecture().element(name) == null) {
                return Outcome.unknown("no element '" + name + "' in this design", new Evidence(name, "not an element of the design", Location.UNKNOWN));
            }
        }
        List<CallFact> sync = d.facts().callPath(hop.from(), hop.to(), true);
        if (!sync.isEmpty()) {
            List<Evidence> ev = sync.stream().map(c -> new Evidence(c.from(), "-> " + c.to(), c.at())).toList();
            return new Outcome(Verdict.PASS, hop.from() + " reaches " + hop.to() + " over synchronous calls (" + String.join(" -> ", elements(hop.from(), sync)) + ")", ev);
        }
        List<CallFact> any = d.facts().callPath(hop.from(), hop.to(), false);
        if (any.isEmpty()) {
            return Outcome.fail(hop.from() + " does not reach " + hop.to() + " at all: nothing it calls leads there", Design.of(d.architecture().element(hop.from()), "no call path to " + hop.to()));
        }
        List<Evidence> ev = any.stream().filter(CallFact::async).map(c -> new Evidence(c.from(), "~> " + c.to() + " (asynchronous)", c.at())).toList();
        return new Outcome(Verdict.FAIL, hop.from() + " cannot answer with the result of " + hop.to() + ": the way there (" + path(hop.from(), any)
                + ") has an asynchronous hop, so the answer leaves before " + hop.to() + " has worked", ev);
    }

    private static String path(String from, List<CallFact> calls) {
        StringBuilder b = new StringBuilder(from);
        for (CallFact c : calls) b.append(c.async() ? " ~> " : " -> ").append(c.to());
        return b.toString();
    }

    /** Every synchronous call that retries: exponential backoff with jitter, and only connect errors retried. */
    private static Outcome safeRetries(Design d) {
        List<Outcome> out = new ArrayList<>();
        for (dev.archkit.model.Dependency dep : d.architecture().dependencies()) {
            Call c = new Call(dep);
            if (c.async()) continue;
            Optional<Call.Retries> r = c.retries();
            if (r.isEmpty() || r.get().count() <= 0) continue;
            Call.Retries rt = r.get();
            String call = c.from() + " -> " + c.to();
            Evidence ev = new Evidence(c.from(), "-> " + c.to() + ": retries " + rt.count() + rt.backoff().map(b -> " backoff " + b.id()).orElse("")
                    + (rt.jitter() ? " jitter" : "") + rt.on().map(o -> " on " + o.id()).orElse(""), rt.at());
            if (rt.backoff().orElse(Call.Backoff.NONE) != Call.Backoff.EXPONENTIAL || !rt.jitter()) {
                out.add(Outcome.fail(call + " retries without exponential backoff and jitter: the retries of many callers arrive together", ev));
            } else if (rt.on().isEmpty()) {
                out.add(Outcome.unknown(call + " does not say which failures it retries ('on connect-errors')", ev));
            } else if (rt.on().get() != Call.RetryOn.CONNECT_ERRORS) {
                out.add(Outcome.fail(call + " retries " + rt.on().get().id() + ": a request that reached " + c.to() + " may run twice", ev));
            } else {
                out.add(Outcome.pass(call + " retries only connect errors, with exponential backoff and jitter", ev));
            }
        }
        return Outcome.every("retrying calls", out);
    }

    /** Every synchronous call a service or function makes to the named elements has a fallback ({@code optional}). */
    private static Outcome fallback(Design d, List<String> names) {
        List<Outcome> out = new ArrayList<>();
        for (String name : names) {
            if (d.architecture().element(name) == null) {
                out.add(Outcome.unknown("no element '" + name + "' in this design", new Evidence(name, "not an element of the design", Location.UNKNOWN)));
                continue;
            }
            for (dev.archkit.model.Dependency dep : d.architecture().dependencies()) {
                Call c = new Call(dep);
                if (c.async() || !c.to().equals(name) || !d.facts().fromCode(c.from())) continue;
                out.add(c.optional()
                        ? Outcome.pass(c.from() + " answers without " + name + " (the call is optional: it has a fallback)", new Evidence(c.from(), "-> " + name + " optional", c.location()))
                        : Outcome.fail(c.from() + " has no fallback for " + name + ": when it fails, so does " + c.from(), new Evidence(c.from(), "-> " + name + " (not optional)", c.location())));
            }
        }
        return Outcome.every("calls to " + String.join(", ", names), out);
    }
}
