package org.nianbao.model;

/**
 * The school that files the report and the office that compiles it.
 *
 * @param name    full official name, as in the signature block
 * @param office  the compiling office (党政办公室, 校长办公室 …)
 * @param website where the report is published, usually the 信息公开专栏
 */
public record Institution(String name, String office, String phone, String email, String address, String website) {

    public Institution {
        name = Text.clean(name);
        office = Text.clean(office);
        phone = Text.clean(phone);
        email = Text.clean(email);
        address = Text.clean(address);
        website = Text.clean(website);
        if (name.isEmpty()) {
            throw new InvalidValueException("model.institution.nameMissing", "The institution's full name is missing");
        }
    }

    public static Institution named(String name) {
        return new Institution(name, "", "", "", "", "");
    }
}
