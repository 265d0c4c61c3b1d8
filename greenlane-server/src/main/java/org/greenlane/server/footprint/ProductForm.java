package org.greenlane.server.footprint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The web form's mutable twin of {@link ProductDraft} (HTML forms bind through setters). */
public class ProductForm {

    @NotBlank
    @Size(max = 200)
    private String name = "";
    @Size(max = 2000)
    private String description = "";
    @Pattern(regexp = "|\\d{8}|\\d{12}|\\d{13}|\\d{14}", message = "{product.gtin.invalid}")
    private String gtin = "";
    @Pattern(regexp = "|\\d{6}|\\d{8}|\\d{10}", message = "{product.hsCode.invalid}")
    private String hsCode = "";
    @NotNull
    private DeclaredUnit declaredUnit = DeclaredUnit.KILOGRAM;

    ProductDraft toDraft() {
        return new ProductDraft(name, description, gtin, hsCode, declaredUnit);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getGtin() {
        return gtin;
    }

    public void setGtin(String gtin) {
        this.gtin = gtin;
    }

    public String getHsCode() {
        return hsCode;
    }

    public void setHsCode(String hsCode) {
        this.hsCode = hsCode;
    }

    public DeclaredUnit getDeclaredUnit() {
        return declaredUnit;
    }

    public void setDeclaredUnit(DeclaredUnit declaredUnit) {
        this.declaredUnit = declaredUnit;
    }
}
