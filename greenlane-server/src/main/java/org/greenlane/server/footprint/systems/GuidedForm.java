package org.greenlane.server.footprint.systems;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The guided form's mutable twin of {@link GuidedSystem} (HTML forms bind through setters). Cells stay text so a
 * wrong entry is shown back as typed; blank rows are ignored; "± %" becomes a lognormal distribution.
 */
public class GuidedForm {

    private UUID productId;
    private String name = "";
    private String description = "";
    private int version;
    private String site = "";
    private String producedAmount = "1";
    private String producedUnit = "";
    private boolean primaryData = true;
    private String gwpSet = "AR6";
    private List<MaterialRow> materials = new ArrayList<>();
    private List<EnergyRow> energy = new ArrayList<>();
    private List<EmissionRow> emissions = new ArrayList<>();
    private List<TransportRow> transport = new ArrayList<>();
    private List<WasteRow> waste = new ArrayList<>();
    /** Which form row each line of the last draft came from, per section (blank rows are skipped). */
    private java.util.Map<String, List<Integer>> rowIndex = new java.util.HashMap<>();

    /** The form for a stored guided system. */
    static GuidedForm of(ProductSystemRecord record) {
        ProductSystemModel m = record.model();
        GuidedSystem g = m.guided();
        GuidedForm f = new GuidedForm();
        f.productId = m.productId();
        f.name = m.name();
        f.description = m.description();
        f.version = record.version();
        f.gwpSet = m.gwpSet().name();
        f.site = g.site();
        f.producedAmount = text(g.produced().amount());
        f.producedUnit = g.produced().unit();
        f.primaryData = g.primaryData() == null || g.primaryData();
        for (GuidedSystem.Material x : g.materials()) {
            MaterialRow r = new MaterialRow();
            r.name = x.name();
            r.amount = text(x.amount());
            r.unit = x.unit();
            r.supplier = nn(x.supplier());
            r.supplierKgCo2ePerUnit = text(x.supplierKgCo2ePerUnit());
            r.activity = nn(x.activity());
            r.region = nn(x.region());
            r.uncertaintyPercent = percent(x.uncertainty());
            f.materials.add(r);
        }
        for (GuidedSystem.Energy x : g.energy()) {
            EnergyRow r = new EnergyRow();
            r.kind = x.kind();
            r.activity = nn(x.activity());
            r.amount = text(x.amount());
            r.unit = x.unit();
            r.region = nn(x.region());
            r.uncertaintyPercent = percent(x.uncertainty());
            f.energy.add(r);
        }
        for (GuidedSystem.DirectEmission x : g.emissions()) {
            EmissionRow r = new EmissionRow();
            r.gas = x.gas();
            r.amount = text(x.amount());
            r.unit = x.unit();
            r.uncertaintyPercent = percent(x.uncertainty());
            f.emissions.add(r);
        }
        for (GuidedSystem.Transport x : g.transport()) {
            TransportRow r = new TransportRow();
            r.name = nn(x.name());
            r.leg = nn(x.leg());
            r.mode = x.mode();
            r.fuel = nn(x.fuel());
            r.massTonnes = text(x.massTonnes());
            r.distanceKm = text(x.distanceKm());
            f.transport.add(r);
        }
        for (GuidedSystem.Waste x : g.waste()) {
            WasteRow r = new WasteRow();
            r.name = x.name();
            r.amount = text(x.amount());
            r.unit = x.unit();
            r.activity = x.activity();
            r.region = nn(x.region());
            r.stage = nn(x.stage());
            f.waste.add(r);
        }
        return f;
    }

    /** Adds blank rows so each section offers at least {@code blank} empty lines to fill in. */
    GuidedForm withBlankRows(int blank) {
        pad(materials, MaterialRow::new, blank);
        pad(energy, EnergyRow::new, blank);
        pad(emissions, EmissionRow::new, blank);
        pad(transport, TransportRow::new, blank);
        pad(waste, WasteRow::new, blank);
        return this;
    }

    private static <T extends BlankAware> void pad(List<T> rows, java.util.function.Supplier<T> blank, int count) {
        long empty = rows.stream().filter(BlankAware::blank).count();
        for (long i = empty; i < count; i++) {
            rows.add(blank.get());
        }
    }

    /**
     * The draft this form describes. Numbers that do not parse are reported with their form path; the rows keep
     * their index so later problems (guided.materials[2].amount) point at the right row.
     */
    ProductSystemDraft toDraft(List<org.greenlane.server.platform.api.InvalidInput.FieldProblem> problems) {
        NumberReader n = new NumberReader(problems);
        List<GuidedSystem.Material> m = new ArrayList<>();
        List<Integer> mIndex = new ArrayList<>();
        for (int i = 0; i < materials.size(); i++) {
            MaterialRow r = materials.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "materials[" + i + "].";
            Double amount = n.number(p + "amount", r.amount);
            m.add(new GuidedSystem.Material(r.name, amount, r.unit, blank(r.supplier),
                    n.number(p + "supplierKgCo2ePerUnit", r.supplierKgCo2ePerUnit), blank(r.activity), blank(r.region),
                    null, spread(n, p, r.uncertaintyPercent, amount)));
            mIndex.add(i);
        }
        List<GuidedSystem.Energy> e = new ArrayList<>();
        List<Integer> eIndex = new ArrayList<>();
        for (int i = 0; i < energy.size(); i++) {
            EnergyRow r = energy.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "energy[" + i + "].";
            Double amount = n.number(p + "amount", r.amount);
            e.add(new GuidedSystem.Energy(r.kind, blank(r.activity), amount, r.unit, blank(r.region),
                    spread(n, p, r.uncertaintyPercent, amount)));
            eIndex.add(i);
        }
        List<GuidedSystem.DirectEmission> em = new ArrayList<>();
        List<Integer> emIndex = new ArrayList<>();
        for (int i = 0; i < emissions.size(); i++) {
            EmissionRow r = emissions.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "emissions[" + i + "].";
            Double amount = n.number(p + "amount", r.amount);
            em.add(new GuidedSystem.DirectEmission(r.gas, amount, r.unit, spread(n, p, r.uncertaintyPercent, amount)));
            emIndex.add(i);
        }
        List<GuidedSystem.Transport> t = new ArrayList<>();
        List<Integer> tIndex = new ArrayList<>();
        for (int i = 0; i < transport.size(); i++) {
            TransportRow r = transport.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "transport[" + i + "].";
            t.add(new GuidedSystem.Transport(blank(r.name), blank(r.leg), r.mode, blank(r.fuel),
                    n.number(p + "massTonnes", r.massTonnes), n.number(p + "distanceKm", r.distanceKm), null));
            tIndex.add(i);
        }
        List<GuidedSystem.Waste> w = new ArrayList<>();
        List<Integer> wIndex = new ArrayList<>();
        for (int i = 0; i < waste.size(); i++) {
            WasteRow r = waste.get(i);
            if (r.blank()) {
                continue;
            }
            String p = "waste[" + i + "].";
            w.add(new GuidedSystem.Waste(r.name, n.number(p + "amount", r.amount), r.unit, r.activity, blank(r.region),
                    blank(r.stage)));
            wIndex.add(i);
        }
        rowIndex = new java.util.HashMap<>();
        rowIndex.put("materials", mIndex);
        rowIndex.put("energy", eIndex);
        rowIndex.put("emissions", emIndex);
        rowIndex.put("transport", tIndex);
        rowIndex.put("waste", wIndex);
        GuidedSystem guided = new GuidedSystem(site, new QuantityDto(n.number("producedAmount", producedAmount),
                producedUnit), primaryData, null, m, e, em, t, w);
        return new ProductSystemDraft(productId, name, description, null, null, gwpSet, null, null, guided, null);
    }

    /** The form property behind a draft field path, e.g. guided.materials[1].amount to materials[3].amount. */
    String formPath(String field) {
        String f = field.startsWith("guided.") ? field.substring("guided.".length()) : field;
        if (f.startsWith("produced.amount")) {
            return "producedAmount";
        }
        if (f.startsWith("produced.unit")) {
            return "producedUnit";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z]+)\\[(\\d+)](.*)").matcher(f);
        if (m.matches() && rowIndex.containsKey(m.group(1))) {
            List<Integer> index = rowIndex.get(m.group(1));
            int i = Integer.parseInt(m.group(2));
            String rest = m.group(3);
            if (rest.startsWith(".uncertainty")) {
                rest = ".uncertaintyPercent";
            }
            return m.group(1) + "[" + (i < index.size() ? index.get(i) : i) + "]" + rest;
        }
        return f;
    }

    private static UncertaintyDto spread(NumberReader n, String prefix, String percentText, Double amount) {
        Double percent = n.number(prefix + "uncertaintyPercent", percentText);
        if (percent == null || amount == null || amount <= 0) {
            return null;
        }
        return new UncertaintyDto("LOGNORMAL", null, null, amount, Math.sqrt(1 + Math.max(0, percent) / 100), null,
                null, null);
    }

    /** ± percent back from a stored lognormal (GSD^2 = 1 + p/100). */
    private static String percent(UncertaintyDto u) {
        if (u == null || u.geometricStandardDeviation() == null) {
            return "";
        }
        double gsd = u.geometricStandardDeviation();
        return text(Math.round((gsd * gsd - 1) * 100 * 1000) / 1000.0);
    }

    private static String text(Double value) {
        if (value == null) {
            return "";
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String nn(String value) {
        return value == null ? "" : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Parses numbers, recording a problem per cell that is not one. */
    private record NumberReader(List<org.greenlane.server.platform.api.InvalidInput.FieldProblem> problems) {
        Double number(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                double d = Double.parseDouble(text.strip());
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            problems.add(new org.greenlane.server.platform.api.InvalidInput.FieldProblem(field, "not a number"));
            return null;
        }
    }

    interface BlankAware {
        boolean blank();
    }

    static boolean allBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public static class MaterialRow implements BlankAware {
        private String name = "";
        private String amount = "";
        private String unit = "kg";
        private String supplier = "";
        private String supplierKgCo2ePerUnit = "";
        private String activity = "";
        private String region = "";
        private String uncertaintyPercent = "";

        @Override
        public boolean blank() {
            return allBlank(name, amount, supplier, supplierKgCo2ePerUnit, activity, region, uncertaintyPercent);
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public String getSupplier() { return supplier; }
        public void setSupplier(String v) { supplier = v; }
        public String getSupplierKgCo2ePerUnit() { return supplierKgCo2ePerUnit; }
        public void setSupplierKgCo2ePerUnit(String v) { supplierKgCo2ePerUnit = v; }
        public String getActivity() { return activity; }
        public void setActivity(String v) { activity = v; }
        public String getRegion() { return region; }
        public void setRegion(String v) { region = v; }
        public String getUncertaintyPercent() { return uncertaintyPercent; }
        public void setUncertaintyPercent(String v) { uncertaintyPercent = v; }
    }

    public static class EnergyRow implements BlankAware {
        private String kind = "ELECTRICITY";
        private String activity = "";
        private String amount = "";
        private String unit = "kWh";
        private String region = "";
        private String uncertaintyPercent = "";

        @Override
        public boolean blank() {
            return allBlank(activity, amount, region, uncertaintyPercent);
        }

        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getActivity() { return activity; }
        public void setActivity(String v) { activity = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public String getRegion() { return region; }
        public void setRegion(String v) { region = v; }
        public String getUncertaintyPercent() { return uncertaintyPercent; }
        public void setUncertaintyPercent(String v) { uncertaintyPercent = v; }
    }

    public static class EmissionRow implements BlankAware {
        private String gas = "CO2_FOSSIL";
        private String amount = "";
        private String unit = "kg";
        private String uncertaintyPercent = "";

        @Override
        public boolean blank() {
            return allBlank(amount, uncertaintyPercent);
        }

        public String getGas() { return gas; }
        public void setGas(String v) { gas = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public String getUncertaintyPercent() { return uncertaintyPercent; }
        public void setUncertaintyPercent(String v) { uncertaintyPercent = v; }
    }

    public static class TransportRow implements BlankAware {
        private String name = "";
        private String leg = "OUTBOUND";
        private String mode = "ROAD";
        private String fuel = "";
        private String massTonnes = "";
        private String distanceKm = "";

        @Override
        public boolean blank() {
            return allBlank(name, massTonnes, distanceKm);
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getLeg() { return leg; }
        public void setLeg(String v) { leg = v; }
        public String getMode() { return mode; }
        public void setMode(String v) { mode = v; }
        public String getFuel() { return fuel; }
        public void setFuel(String v) { fuel = v; }
        public String getMassTonnes() { return massTonnes; }
        public void setMassTonnes(String v) { massTonnes = v; }
        public String getDistanceKm() { return distanceKm; }
        public void setDistanceKm(String v) { distanceKm = v; }
    }

    public static class WasteRow implements BlankAware {
        private String name = "";
        private String amount = "";
        private String unit = "kg";
        private String activity = "";
        private String region = "";
        private String stage = "";

        @Override
        public boolean blank() {
            return allBlank(name, amount, activity, region);
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public String getActivity() { return activity; }
        public void setActivity(String v) { activity = v; }
        public String getRegion() { return region; }
        public void setRegion(String v) { region = v; }
        public String getStage() { return stage; }
        public void setStage(String v) { stage = v; }
    }

    public UUID getProductId() { return productId; }
    public void setProductId(UUID v) { productId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
    public String getSite() { return site; }
    public void setSite(String v) { site = v; }
    public String getProducedAmount() { return producedAmount; }
    public void setProducedAmount(String v) { producedAmount = v; }
    public String getProducedUnit() { return producedUnit; }
    public void setProducedUnit(String v) { producedUnit = v; }
    public boolean isPrimaryData() { return primaryData; }
    public void setPrimaryData(boolean v) { primaryData = v; }
    public String getGwpSet() { return gwpSet; }
    public void setGwpSet(String v) { gwpSet = v; }
    public List<MaterialRow> getMaterials() { return materials; }
    public void setMaterials(List<MaterialRow> v) { materials = v; }
    public List<EnergyRow> getEnergy() { return energy; }
    public void setEnergy(List<EnergyRow> v) { energy = v; }
    public List<EmissionRow> getEmissions() { return emissions; }
    public void setEmissions(List<EmissionRow> v) { emissions = v; }
    public List<TransportRow> getTransport() { return transport; }
    public void setTransport(List<TransportRow> v) { transport = v; }
    public List<WasteRow> getWaste() { return waste; }
    public void setWaste(List<WasteRow> v) { waste = v; }
}
