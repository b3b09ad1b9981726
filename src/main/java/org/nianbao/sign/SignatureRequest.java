package org.nianbao.sign;

/**
 * What the signer asks for besides the key.
 *
 * @param reason         shown in viewers' signature panels, e.g. 审核通过; null for none
 * @param location       e.g. 温州; null for none
 * @param visible        draw the signature on the last page, next to the signature block
 * @param allowInvalidCertificate sign even with a certificate that has expired or is not valid yet
 */
public record SignatureRequest(String reason, String location, boolean visible, boolean allowInvalidCertificate) {
    public SignatureRequest {
        reason = blankToNull(reason);
        location = blankToNull(location);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
