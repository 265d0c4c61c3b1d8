package org.greenlane.core.cbam.qreport;

import org.greenlane.core.cbam.CbamInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes a {@link QReport} as XML in the element order of QReport_ver23.00.xsd. Decimals are rounded half up to the
 * schema's fraction digits (specific embedded emissions dec16-7, masses dec16-6); everything else is written as given
 * and left to {@link QReportSchema} to check.
 */
public final class QReportXml {

    public static final String NAMESPACE = "http://xmlns.ec.eu/BusinessObjects/CBAM/Types/V1";

    private QReportXml() {
    }

    public static String write(QReport report) {
        Document doc = newDocument();
        Element root = doc.createElementNS(NAMESPACE, "QReport");
        doc.appendChild(root);
        text(root, "ReportingPeriod", report.reportingPeriod());
        text(root, "Year", Integer.toString(report.year()));
        Element declarant = child(root, "Declarant");
        text(declarant, "IdentificationNumber", report.declarant().identificationNumber());
        text(declarant, "Name", report.declarant().name());
        text(declarant, "Role", report.declarant().role());
        text(child(declarant, "ActorAddress"), "City", report.declarant().city());
        Element confirmation = child(child(root, "Signatures"), "ReportConfirmation");
        text(confirmation, "GlobalDataConfirmation", "true");
        text(confirmation, "UseOfDataConfirmation", "true");
        text(confirmation, "SignaturePlace", report.signature().place());
        text(confirmation, "Signature", report.signature().signatory());
        text(confirmation, "PositionOfPersonSending", report.signature().position());
        for (QReport.ImportedGood g : report.goods()) {
            good(root, g);
        }
        return serialise(doc);
    }

    private static void good(Element root, QReport.ImportedGood g) {
        Element item = child(root, "ImportedGood");
        text(item, "ItemNumber", Integer.toString(g.itemNumber()));
        Element code = child(item, "CommodityCode");
        text(code, "HsCode", g.cn().hs6());
        text(code, "CnCode", g.cn().digits());
        text(child(code, "CommodityDetails"), "Description", g.description());
        text(child(item, "OriginCountry"), "Country", g.originCountry());
        Element quantity = child(item, "ImportedQuantity");
        text(quantity, "SequenceNumber", "1");
        text(child(quantity, "Procedure"), "RequestedProc", g.requestedProcedure());
        text(child(quantity, "ImportArea"), "ImportArea", g.importArea());
        Element measureProcedure = child(quantity, "MeasureProcedureImported");
        text(measureProcedure, "Indicator", g.procedureIndicator());
        text(measureProcedure, "NetMass", decimal(g.netMass(), 6));
        text(measureProcedure, "MeasurementUnit", g.massUnit());
        Element measure = child(item, "MeasureImported");
        text(measure, "NetMass", decimal(g.netMass(), 6));
        text(measure, "MeasurementUnit", g.massUnit());
        int sequence = 1;
        for (QReport.GoodsEmissions e : g.emissions()) {
            Element ge = child(item, "GoodsEmissions");
            text(ge, "SequenceNumber", Integer.toString(sequence++));
            text(ge, "ProductionCountry", e.productionCountry());
            e.installation().ifPresent(i -> {
                Element inst = child(ge, "Installation");
                text(inst, "InstallationId", i.id());
                text(inst, "InstallationName", i.name());
                Element address = child(inst, "Address");
                text(address, "EstablishmentCountry", i.country());
                text(address, "City", i.city());
            });
            Element produced = child(ge, "ProducedMeasure");
            text(produced, "NetMass", decimal(e.producedNetMass(), 6));
            text(produced, "MeasurementUnit", e.massUnit());
            Element direct = child(ge, "DirectEmissions");
            text(direct, "DeterminationType", e.directDeterminationType());
            text(direct, "ApplicableReportingTypeMethodology", e.reportingMethodology());
            text(direct, "SpecificEmbeddedEmissions", decimal(e.seeDirect(), 7));
            text(direct, "MeasurementUnit", e.emissionsUnit());
            Element indirect = child(ge, "IndirectEmissions");
            text(indirect, "DeterminationType", e.indirectDeterminationType());
            text(indirect, "SpecificEmbeddedEmissions", decimal(e.seeIndirect(), 7));
            text(indirect, "MeasurementUnit", e.emissionsUnit());
            text(indirect, "ElectricitySource", e.electricitySource());
            int priceSequence = 1;
            for (QReport.CarbonPriceDue p : e.carbonPrices()) {
                Element price = child(ge, "CarbonPriceDue");
                text(price, "SequenceNumber", Integer.toString(priceSequence++));
                text(price, "InstrumentType", p.instrumentType());
                text(price, "LegalActDescription", p.legalAct());
                text(price, "Amount", p.amount().toPlainString());
                text(price, "Currency", p.currency());
                text(price, "Country", p.country());
            }
        }
    }

    private static String decimal(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
        parent.appendChild(e);
        return e;
    }

    private static void text(Element parent, String name, String value) {
        child(parent, name).setTextContent(value == null ? "" : value);
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException ex) {
            throw new IllegalStateException("JDK XML parser unavailable", ex);
        }
    }

    private static String serialise(Document doc) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException ex) {
            throw new CbamInputException("QReport could not be serialised: " + ex.getMessage());
        }
    }
}
