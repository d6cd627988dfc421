package dev.archkit.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

import static dev.archkit.cost.Numbers.money;
import static dev.archkit.cost.ReportParts.dollars;

/** Estimates and cost changes as JSON: amounts as exact decimals in dollars and cents. */
final class JsonReport {
    private JsonReport() { }

    static String of(List<CostModel.Estimate> estimates) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (!estimates.isEmpty()) {
            PriceTable t = estimates.get(0).prices();
            ObjectNode prices = root.putObject("prices");
            prices.put("origin", t.origin());
            prices.put("date", t.date());
            prices.put("hoursPerMonth", t.hoursPerMonth());
            prices.put("currency", "USD");
        }
        root.put("partial", estimates.stream().anyMatch(CostModel.Estimate::partial));
        ArrayNode envs = root.putArray("estimates");
        for (CostModel.Estimate e : estimates) estimate(envs.addObject(), e);
        return write(root);
    }

    private static void estimate(ObjectNode o, CostModel.Estimate e) {
        o.put("architecture", e.architecture());
        if (e.environment() != null) o.put("environment", e.environment());
        o.put("region", e.region());
        totals(o, e.min(), e.desired(), e.max());
        o.put("partial", e.partial());
        if (e.budget() != null) {
            o.put("budget", money(dollars(e.budget())));
            o.put("budgetAt", e.budgetAt().toString());
            o.put("budgetStatus", ReportParts.budgetStatus(e));
        }
        ArrayNode lines = o.putArray("components");
        for (CostModel.Line l : e.lines()) {
            ObjectNode lo = lines.addObject();
            lo.put("name", l.component());
            lo.put("kind", l.kind().id());
            lo.put("at", l.at().toString());
            totals(lo, l.min(), l.desired(), l.max());
            if (l.budget() != null) lo.put("budget", money(dollars(l.budget())));
            if (l.note() != null) lo.put("note", l.note());
            ArrayNode items = lo.putArray("lines");
            for (CostModel.Item i : l.items()) {
                ObjectNode io = items.addObject();
                io.put("what", i.what());
                totals(io, i.min(), i.desired(), i.max());
            }
        }
        ArrayNode as = o.putArray("assumptions");
        for (CostModel.Assumption a : e.assumptions()) {
            ObjectNode ao = as.addObject();
            ao.put("component", a.component());
            ao.put("at", a.at().toString());
            ao.put("message", a.message());
        }
        ArrayNode el = o.putArray("includedInHosts");
        for (CostModel.Unpriced u : e.elsewhere()) {
            ObjectNode uo = el.addObject();
            uo.put("component", u.component());
            uo.put("at", u.at().toString());
            uo.put("where", u.reason());
        }
        unpriced(o.putArray("unpriced"), e.missing());
        unpriced(o.putArray("notPriced"), e.perUse());
    }

    /** Elements without a price: "unpriced" (missing from the table; the total is partial) or "notPriced" (priced per use). */
    private static void unpriced(ArrayNode un, List<CostModel.Unpriced> us) {
        for (CostModel.Unpriced u : us) {
            ObjectNode uo = un.addObject();
            uo.put("component", u.component());
            uo.put("kind", u.kind().id());
            uo.put("at", u.at().toString());
            uo.put("reason", u.reason());
        }
    }

    static String diff(List<CostReport.Delta> deltas) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode arr = root.putArray("changes");
        for (CostReport.Delta d : deltas) {
            ObjectNode o = arr.addObject();
            if (d.environment() != null) o.put("environment", d.environment());
            if (d.component() != null) {
                o.put("component", d.component());
                o.put("kind", d.kind().id());
            } else {
                o.put("total", true);
            }
            boolean partPart = d.component() != null && d.partial();   // a component without a price on a side: that side and the change are unknown
            if (d.component() != null && !d.unpricedBefore().isEmpty()) o.putNull("before"); else o.put("before", money(d.before()));
            if (d.component() != null && !d.unpricedAfter().isEmpty()) o.putNull("after"); else o.put("after", money(d.after()));
            if (partPart) o.putNull("delta"); else o.put("delta", money(d.amount()));
            if (!Double.isNaN(d.percent()) && (d.component() == null || !d.partial())) o.put("percent", Numbers.percent(d.percent()));
            if (d.partial()) {   // the figures leave these out for want of a price: lower bounds
                o.put("partial", true);
                d.unpricedBefore().forEach(o.putArray("unpricedBefore")::add);
                d.unpricedAfter().forEach(o.putArray("unpricedAfter")::add);
            }
        }
        return write(root);
    }

    private static void totals(ObjectNode o, double min, double desired, double max) {
        o.put("min", money(min));
        o.put("desired", money(desired));
        o.put("max", money(max));
    }

    private static String write(ObjectNode root) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
