/*
 * imsmanifest.xml for a SCORM package: one organisation with one item, launching one SCO (the
 * launch page, which holds the whole course in its frame), and every file of the package listed
 * under that SCO's resource as both standards ask.
 *
 * SCORM 1.2 uses IMS Content Packaging 1.1.2 with ADL's adlcp 1.2 extension; its pass mark is the
 * item's adlcp:masteryscore, which the LMS hands to the course as cmi.student_data.mastery_score.
 * SCORM 2004 4th edition uses IMS CP 1.1.4 with adlcp/adlseq/adlnav 1.3 and IMS Simple Sequencing;
 * its pass mark is a primary objective satisfied by measure, which the LMS hands over as
 * cmi.scaled_passing_score. Either way the course then judges success by the LMS's own figure.
 */

export type PackageStandard = '1.2' | '2004';

export interface ManifestInput {
  standard: PackageStandard;
  /** Unique and stable for this package across builds, so an LMS recognises an updated upload. */
  identifier: string;
  title: string;
  /** The launch page with its query, relative to the package root. */
  launch: string;
  /** Every file in the package except the manifest, relative to the root, with forward slashes. */
  files: readonly string[];
  /** 0–100. */
  passMark: number;
}

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** File paths as the manifest's href attributes: each segment percent-encoded, slashes kept. */
const fileHref = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** An XML identifier (xs:ID): a letter or underscore first, then letters, digits, '.', '-', '_'. */
export function xmlId(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9._-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

export function manifestXml(input: ManifestInput): string {
  const id = xmlId(input.identifier);
  const title = escape(input.title);
  const files = input.files.map((f) => `      <file href="${escape(fileHref(f))}"/>`).join('\n');
  const launch = escape(input.launch);
  if (input.standard === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${Math.round(input.passMark)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${launch}">
${files}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-pass" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(Math.round(input.passMark) / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${launch}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
