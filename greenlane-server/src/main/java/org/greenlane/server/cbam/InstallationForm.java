package org.greenlane.server.cbam;

import org.greenlane.server.platform.api.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The installation as the web form holds it: text as typed, so that a number or date that does not parse is shown back
 * with its error. Field paths mirror {@link InstallationDraft} ({@code processes[0].boundary.sourceStreams[1].name}), so
 * the problems the API reports for a field land beside the same field here. The binder reads the fields directly.
 */
class InstallationForm {

    public int version;
    public String identifier;
    public String name;
    public String operator;
    public String country;
    public String city;
    public String address;
    public String periodStart;
    public String periodEnd;
    public VerificationForm verification = new VerificationForm();
    public List<ProcessForm> processes = new ArrayList<>();

    static class VerificationForm {
        public String verifier;
        public String accreditationNumber;
        public String date;
        public String opinion;

        boolean blank() {
            return Forms.blank(verifier, accreditationNumber, date, opinion);
        }
    }

    static class ProcessForm {
        public String key;
        public String cnCode;
        public String productionRoute;
        public String activityLevel;
        public BoundaryForm boundary = new BoundaryForm();
        public List<PrecursorForm> precursors = new ArrayList<>();
        public CarbonPriceForm carbonPricePaid = new CarbonPriceForm();

        boolean blank() {
            return Forms.blank(key, cnCode, productionRoute, activityLevel) && boundary.blank()
                    && precursors.stream().allMatch(PrecursorForm::blank) && carbonPricePaid.blank();
        }
    }

    static class BoundaryForm {
        public List<StreamForm> sourceStreams = new ArrayList<>();
        public List<HeatForm> heatImported = new ArrayList<>();
        public List<HeatForm> heatExported = new ArrayList<>();
        public List<WasteGasForm> wasteGasImported = new ArrayList<>();
        public List<WasteGasForm> wasteGasExported = new ArrayList<>();
        public List<ElectricityForm> electricityExported = new ArrayList<>();
        public List<ElectricityForm> electricityConsumed = new ArrayList<>();
        public ReportedForm reported = new ReportedForm();

        boolean blank() {
            return sourceStreams.stream().allMatch(StreamForm::blank) && heatImported.stream().allMatch(HeatForm::blank)
                    && heatExported.stream().allMatch(HeatForm::blank) && wasteGasImported.stream().allMatch(WasteGasForm::blank)
                    && wasteGasExported.stream().allMatch(WasteGasForm::blank)
                    && electricityExported.stream().allMatch(ElectricityForm::blank)
                    && electricityConsumed.stream().allMatch(ElectricityForm::blank) && reported.blank();
        }
    }

    static class StreamForm {
        public String type = InstallationDraft.StreamType.COMBUSTION.name();
        public String name;
        public String activityData;
        public String netCalorificValue;
        public String emissionFactor;
        public String oxidationFactor;
        public String conversionFactor;
        public String carbonContent;
        public boolean output;
        String tonnesCo2e;

        boolean blank() {
            return Forms.blank(name, activityData, netCalorificValue, emissionFactor, oxidationFactor, conversionFactor, carbonContent,
                    tonnesCo2e);
        }
    }

    static class HeatForm {
        public String name;
        public String terajoules;
        public String emissionFactor;

        boolean blank() {
            return Forms.blank(name, terajoules, emissionFactor);
        }
    }

    static class WasteGasForm {
        public String name;
        public String terajoules;
        public String naturalGasEmissionFactor;
        public String efficiencyCorrection;

        boolean blank() {
            return Forms.blank(name, terajoules, naturalGasEmissionFactor, efficiencyCorrection);
        }
    }

    static class ElectricityForm {
        public String name;
        public String megawattHours;
        public String factor;
        public String factorKind = InstallationDraft.FactorKind.GRID_OF_COUNTRY_OF_ORIGIN.name();
        public String factorSource;

        boolean blank() {
            return Forms.blank(name, megawattHours, factor, factorSource);
        }
    }

    static class ReportedForm {
        public String direct;
        public String indirect;
        public String source;

        boolean blank() {
            return Forms.blank(direct, indirect, source);
        }
    }

    static class PrecursorForm {
        public String name;
        public String cnCode;
        public String mass;
        public String source = InstallationDraft.PrecursorSource.OWN_PROCESS.name();
        public String processKey;
        public String supplier;
        public String countryOfOrigin;
        public String productionRoute;
        public String seeDirect;
        public String seeIndirect;
        public String variant;

        boolean blank() {
            return Forms.blank(name, cnCode, mass, processKey, supplier, countryOfOrigin, productionRoute, seeDirect, seeIndirect, variant);
        }
    }

    static class CarbonPriceForm {
        public String instrument;
        public String country;
        String pricePerTonneCo2e;
        public String currency;
        public String eurPerCurrencyUnit;
        public String chargedEmissionsPerTonneOfGood;
        public String source;

        boolean blank() {
            return Forms.blank(instrument, country, pricePerTonneCo2e, currency, eurPerCurrencyUnit, chargedEmissionsPerTonneOfGood, source);
        }
    }

    /** Drops the rows left blank, so that row numbers in errors are those of the draft. */
    InstallationForm compact() {
        processes.removeIf(ProcessForm::blank);
        for (ProcessForm p : processes) {
            p.precursors.removeIf(PrecursorForm::blank);
            BoundaryForm b = p.boundary;
            b.sourceStreams.removeIf(StreamForm::blank);
            b.heatImported.removeIf(HeatForm::blank);
            b.heatExported.removeIf(HeatForm::blank);
            b.wasteGasImported.removeIf(WasteGasForm::blank);
            b.wasteGasExported.removeIf(WasteGasForm::blank);
            b.electricityExported.removeIf(ElectricityForm::blank);
            b.electricityConsumed.removeIf(ElectricityForm::blank);
        }
        return this;
    }

    /** Blank rows at the end of every table, and one blank process to add another. */
    InstallationForm withBlankRows(int rows) {
        processes.add(new ProcessForm());
        for (ProcessForm p : processes) {
            pad(p.precursors, rows, PrecursorForm::new);
            BoundaryForm b = p.boundary;
            pad(b.sourceStreams, rows, StreamForm::new);
            pad(b.electricityConsumed, rows, ElectricityForm::new);
            pad(b.heatImported, 1, HeatForm::new);
            pad(b.heatExported, 1, HeatForm::new);
            pad(b.wasteGasImported, 1, WasteGasForm::new);
            pad(b.wasteGasExported, 1, WasteGasForm::new);
            pad(b.electricityExported, 1, ElectricityForm::new);
        }
        return this;
    }

    private static <T> void pad(List<T> rows, int blank, Supplier<T> row) {
        for (int i = 0; i < blank; i++) {
            rows.add(row.get());
        }
    }

    /** The draft the API would receive; values that do not parse are collected as problems of their field. */
    InstallationDraft toDraft(List<InvalidInput.FieldProblem> problems) {
        Forms.Reader read = new Forms.Reader(problems);
        List<InstallationDraft.Process> drafted = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            drafted.add(process(processes.get(i), "processes[" + i + "]", read));
        }
        InstallationDraft.Verification v = verification.blank() ? null : new InstallationDraft.Verification(Forms.text(verification.verifier),
                Forms.text(verification.accreditationNumber), read.date("verification.date", verification.date),
                Forms.text(verification.opinion));
        return new InstallationDraft(Forms.text(identifier), Forms.text(name), Forms.text(operator), Forms.code(country), Forms.text(city),
                Forms.text(address), read.date("periodStart", periodStart), read.date("periodEnd", periodEnd), v, drafted);
    }

    private static InstallationDraft.Process process(ProcessForm p, String path, Forms.Reader read) {
        BoundaryForm b = p.boundary;
        String at = path + ".boundary";
        List<InstallationDraft.SourceStream> streams = new ArrayList<>();
        for (int i = 0; i < b.sourceStreams.size(); i++) {
            StreamForm s = b.sourceStreams.get(i);
            String f = at + ".sourceStreams[" + i + "].";
            streams.add(new InstallationDraft.SourceStream(read.choice(f + "type", s.type, InstallationDraft.StreamType.class),
                    Forms.text(s.name), read.number(f + "activityData", s.activityData), read.number(f + "netCalorificValue", s.netCalorificValue),
                    read.number(f + "emissionFactor", s.emissionFactor), read.number(f + "oxidationFactor", s.oxidationFactor),
                    read.number(f + "conversionFactor", s.conversionFactor), read.number(f + "carbonContent", s.carbonContent), s.output,
                    read.number(f + "tonnesCo2e", s.tonnesCo2e)));
        }
        InstallationDraft.Reported reported = b.reported.blank() ? null : new InstallationDraft.Reported(
                read.number(at + ".reported.direct", b.reported.direct), read.number(at + ".reported.indirect", b.reported.indirect),
                Forms.text(b.reported.source));
        InstallationDraft.Boundary boundary = new InstallationDraft.Boundary(streams,
                heat(b.heatImported, at + ".heatImported", read), heat(b.heatExported, at + ".heatExported", read),
                wasteGas(b.wasteGasImported, at + ".wasteGasImported", read), wasteGas(b.wasteGasExported, at + ".wasteGasExported", read),
                electricity(b.electricityExported, at + ".electricityExported", read),
                electricity(b.electricityConsumed, at + ".electricityConsumed", read), reported);
        List<InstallationDraft.Precursor> precursors = new ArrayList<>();
        for (int i = 0; i < p.precursors.size(); i++) {
            PrecursorForm q = p.precursors.get(i);
            String f = path + ".precursors[" + i + "].";
            precursors.add(new InstallationDraft.Precursor(Forms.text(q.name), Forms.code(q.cnCode), read.number(f + "mass", q.mass),
                    read.choice(f + "source", q.source, InstallationDraft.PrecursorSource.class), Forms.text(q.processKey),
                    Forms.text(q.supplier), Forms.code(q.countryOfOrigin), Forms.text(q.productionRoute),
                    read.number(f + "seeDirect", q.seeDirect), read.number(f + "seeIndirect", q.seeIndirect), Forms.text(q.variant)));
        }
        CarbonPriceForm c = p.carbonPricePaid;
        String cf = path + ".carbonPricePaid.";
        InstallationDraft.CarbonPrice price = c.blank() ? null : new InstallationDraft.CarbonPrice(Forms.text(c.instrument),
                Forms.code(c.country), read.number(cf + "pricePerTonneCo2e", c.pricePerTonneCo2e), Forms.code(c.currency),
                read.number(cf + "eurPerCurrencyUnit", c.eurPerCurrencyUnit),
                read.number(cf + "chargedEmissionsPerTonneOfGood", c.chargedEmissionsPerTonneOfGood), Forms.text(c.source));
        return new InstallationDraft.Process(Forms.text(p.key), Forms.code(p.cnCode), Forms.text(p.productionRoute),
                read.number(path + ".activityLevel", p.activityLevel), boundary, precursors, price);
    }

    private static List<InstallationDraft.Heat> heat(List<HeatForm> rows, String path, Forms.Reader read) {
        List<InstallationDraft.Heat> heat = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            HeatForm h = rows.get(i);
            String f = path + "[" + i + "].";
            heat.add(new InstallationDraft.Heat(Forms.text(h.name), read.number(f + "terajoules", h.terajoules),
                    read.number(f + "emissionFactor", h.emissionFactor)));
        }
        return heat;
    }

    private static List<InstallationDraft.WasteGas> wasteGas(List<WasteGasForm> rows, String path, Forms.Reader read) {
        List<InstallationDraft.WasteGas> gases = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            WasteGasForm w = rows.get(i);
            String f = path + "[" + i + "].";
            gases.add(new InstallationDraft.WasteGas(Forms.text(w.name), read.number(f + "terajoules", w.terajoules),
                    read.number(f + "naturalGasEmissionFactor", w.naturalGasEmissionFactor),
                    read.number(f + "efficiencyCorrection", w.efficiencyCorrection)));
        }
        return gases;
    }

    private static List<InstallationDraft.Electricity> electricity(List<ElectricityForm> rows, String path, Forms.Reader read) {
        List<InstallationDraft.Electricity> electricity = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ElectricityForm e = rows.get(i);
            String f = path + "[" + i + "].";
            electricity.add(new InstallationDraft.Electricity(Forms.text(e.name), read.number(f + "megawattHours", e.megawattHours),
                    read.number(f + "factor", e.factor), read.choice(f + "factorKind", e.factorKind, InstallationDraft.FactorKind.class),
                    Forms.text(e.factorSource)));
        }
        return electricity;
    }

    /** The stored installation, for editing. */
    static InstallationForm of(Installation stored) {
        InstallationDraft d = stored.data();
        InstallationForm form = new InstallationForm();
        form.version = stored.version();
        form.identifier = d.identifier();
        form.name = d.name();
        form.operator = d.operator();
        form.country = d.country();
        form.city = d.city();
        form.address = d.address();
        form.periodStart = String.valueOf(d.periodStart());
        form.periodEnd = String.valueOf(d.periodEnd());
        if (d.verification() != null) {
            form.verification.verifier = d.verification().verifier();
            form.verification.accreditationNumber = d.verification().accreditationNumber();
            form.verification.date = String.valueOf(d.verification().date());
            form.verification.opinion = d.verification().opinion();
        }
        for (InstallationDraft.Process p : d.processes()) {
            form.processes.add(process(p));
        }
        return form;
    }

    private static ProcessForm process(InstallationDraft.Process p) {
        ProcessForm form = new ProcessForm();
        form.key = p.key();
        form.cnCode = p.cnCode();
        form.productionRoute = p.productionRoute();
        form.activityLevel = Forms.plain(p.activityLevel());
        InstallationDraft.Boundary b = p.boundary();
        for (InstallationDraft.SourceStream s : b.sourceStreams()) {
            StreamForm row = new StreamForm();
            row.type = s.type().name();
            row.name = s.name();
            row.activityData = Forms.plain(s.activityData());
            row.netCalorificValue = Forms.plain(s.netCalorificValue());
            row.emissionFactor = Forms.plain(s.emissionFactor());
            row.oxidationFactor = Forms.plain(s.oxidationFactor());
            row.conversionFactor = Forms.plain(s.conversionFactor());
            row.carbonContent = Forms.plain(s.carbonContent());
            row.output = Boolean.TRUE.equals(s.output());
            row.tonnesCo2e = Forms.plain(s.tonnesCo2e());
            form.boundary.sourceStreams.add(row);
        }
        b.heatImported().forEach(h -> form.boundary.heatImported.add(heat(h)));
        b.heatExported().forEach(h -> form.boundary.heatExported.add(heat(h)));
        b.wasteGasImported().forEach(w -> form.boundary.wasteGasImported.add(wasteGas(w)));
        b.wasteGasExported().forEach(w -> form.boundary.wasteGasExported.add(wasteGas(w)));
        b.electricityExported().forEach(e -> form.boundary.electricityExported.add(electricity(e)));
        b.electricityConsumed().forEach(e -> form.boundary.electricityConsumed.add(electricity(e)));
        if (b.reported() != null) {
            form.boundary.reported.direct = Forms.plain(b.reported().direct());
            form.boundary.reported.indirect = Forms.plain(b.reported().indirect());
            form.boundary.reported.source = b.reported().source();
        }
        for (InstallationDraft.Precursor q : p.precursors() == null ? List.<InstallationDraft.Precursor>of() : p.precursors()) {
            PrecursorForm row = new PrecursorForm();
            row.name = q.name();
            row.cnCode = q.cnCode();
            row.mass = Forms.plain(q.mass());
            row.source = q.source().name();
            row.processKey = q.processKey();
            row.supplier = q.supplier();
            row.countryOfOrigin = q.countryOfOrigin();
            row.productionRoute = q.productionRoute();
            row.seeDirect = Forms.plain(q.seeDirect());
            row.seeIndirect = Forms.plain(q.seeIndirect());
            row.variant = q.variant();
            form.precursors.add(row);
        }
        InstallationDraft.CarbonPrice c = p.carbonPricePaid();
        if (c != null) {
            form.carbonPricePaid.instrument = c.instrument();
            form.carbonPricePaid.country = c.country();
            form.carbonPricePaid.pricePerTonneCo2e = Forms.plain(c.pricePerTonneCo2e());
            form.carbonPricePaid.currency = c.currency();
            form.carbonPricePaid.eurPerCurrencyUnit = Forms.plain(c.eurPerCurrencyUnit());
            form.carbonPricePaid.chargedEmissionsPerTonneOfGood = Forms.plain(c.chargedEmissionsPerTonneOfGood());
            form.carbonPricePaid.source = c.source();
        }
        return form;
    }

    private static HeatForm heat(InstallationDraft.Heat h) {
        HeatForm row = new HeatForm();
        row.name = h.name();
        row.terajoules = Forms.plain(h.terajoules());
        row.emissionFactor = Forms.plain(h.emissionFactor());
        return row;
    }

    private static WasteGasForm wasteGas(InstallationDraft.WasteGas w) {
        WasteGasForm row = new WasteGasForm();
        row.name = w.name();
        row.terajoules = Forms.plain(w.terajoules());
        row.naturalGasEmissionFactor = Forms.plain(w.naturalGasEmissionFactor());
        row.efficiencyCorrection = Forms.plain(w.efficiencyCorrection());
        return row;
    }

    private static ElectricityForm electricity(InstallationDraft.Electricity e) {
        ElectricityForm row = new ElectricityForm();
        row.name = e.name();
        row.megawattHours = Forms.plain(e.megawattHours());
        row.factor = Forms.plain(e.factor());
        row.factorKind = e.factorKind().name();
        row.factorSource = e.factorSource();
        return row;
    }
}
