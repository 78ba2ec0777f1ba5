package jp.mimamo.noren.registryfiles;

import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.AccessEntry;
import jp.mimamo.noren.audit.AccessLog;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.keychains.RegistrationNumber;
import jp.mimamo.noren.registrants.RegistrantAccess;
import jp.mimamo.noren.registrants.RegistrantConnection;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.TableColumn;
import jp.mimamo.noren.tables.TableFormat;
import jp.mimamo.noren.tables.TableWriter;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;
import jp.mimamo.noren.tenancy.Roles;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registry as a file in the import's own columns, so that importing it back changes nothing. Centre staff
 * export the registrants of their own centre; a region admin exports the whole region after giving a reason, as
 * for reading a record in full. Every export writes one access-log entry ('export') with the ids it holds. Rows go
 * to a temporary file, deleted once sent. Registrants whose data was erased are left out.
 */
@Singleton
class RegistryExport {
    static final List<RegistryField> COLUMNS = List.of(RegistryField.values());
    private static final int MIN_REASON = 5;
    private static final int MAX_REASON = 200;
    private final RegionDatabase database;
    private final AccessLog log;

    RegistryExport(RegionDatabase database, AccessLog log) {
        this.database = database;
        this.log = log;
    }

    static List<TableColumn> columns() {
        List<TableColumn> columns = new ArrayList<>();
        for (RegistryField field : COLUMNS) {
            boolean date = field == RegistryField.BIRTH_DATE || field == RegistryField.CONSENTED_ON;
            columns.add(date ? TableColumn.date(field.title) : TableColumn.text(field.title));
        }
        return columns;
    }

    InputStream export(CurrentRegion region, TableFormat format, CsvEncoding encoding, String reason, ClientInfo client, Locale locale) {
        String purpose = JapaneseText.trimmed(reason);
        try {
            Path file = Files.createTempFile("noren-registry-", "." + format.extension());
            try {
                try (OutputStream out = Files.newOutputStream(file);
                     TableWriter writer = format == TableFormat.XLSX ? TableWriter.xlsx(out, "登録者名簿", columns())
                             : TableWriter.csv(out, encoding, columns())) {
                    database.inRegion(region, c -> {
                        Reader reader = Reader.of(c, region, client);
                        Long centre = scope(reader, purpose, locale);
                        ExistingRegistry existing = ExistingRegistry.read(c, region.code());
                        Map<Long, String> numbers = new HashMap<>(existing.activeNumber);
                        List<Long> ids = new ArrayList<>();
                        String sql = ExistingRegistry.SELECT + (centre == null ? "" : " and r.centre_id = ?") + " order by r.name_kana, r.id";
                        Map<Long, List<RegistrantConnection>> connections = ExistingRegistry.connections(c, region.code());
                        try (PreparedStatement ps = c.prepareStatement(sql)) {
                            ps.setString(1, region.code());
                            if (centre != null) {
                                ps.setLong(2, centre);
                            }
                            ps.setFetchSize(1_000);
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    ExistingRegistry.Stored stored = ExistingRegistry.stored(rs, connections.getOrDefault(rs.getLong(1), List.of()));
                                    ids.add(stored.id());
                                    writer.row(cells(stored.row(), numbers.get(stored.id()), existing.centreNames));
                                }
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        Map<String, Object> details = new LinkedHashMap<>();
                        details.put("format", format.extension());
                        details.put("count", ids.size());
                        details.put("ids", ids);
                        if (centre != null) {
                            details.put("centre", centre);
                        }
                        log.record(c, region, reader, new AccessEntry(null, "export", RegistrantAccess.FULL_SECTIONS,
                                AccessEntry.Access.FULL, purpose, AccessEntry.Outcome.SHOWN, details));
                        return null;
                    });
                }
                return new FilterInputStream(Files.newInputStream(file)) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            Files.deleteIfExists(file);
                        }
                    }
                };
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The centre whose registrants the reader exports; null for the whole region (a region admin, with a reason). */
    private static Long scope(Reader reader, String purpose, Locale locale) {
        if (reader.hasRole(Roles.REGION_ADMIN)) {
            if (purpose == null || purpose.length() < MIN_REASON || purpose.length() > MAX_REASON) {
                FormErrors errors = new FormErrors(locale);
                errors.reject("reason", "validation.registrant.reason", MIN_REASON, MAX_REASON);
                errors.throwIfAny();
            }
            return null;
        }
        if (reader.centreId() == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.registrant.noCentre");
        }
        return reader.centreId();
    }

    static List<String> cells(RegistryRow r, String number, Map<Long, String> centres) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        for (RegistryField field : COLUMNS) {
            cells.add(switch (field) {
                case NUMBER -> number == null ? null : RegistrationNumber.parse(number).display();
                case NAME -> r.name();
                case NAME_KANA -> r.nameKana();
                case BIRTH_DATE -> r.birthDate().toString();
                case SEX -> RegistryCells.SEXES.get(r.sex());
                case POSTAL_CODE -> r.postalCode();
                case ADDRESS -> r.address();
                case PHONE -> r.phone();
                case LIVING -> RegistryCells.LIVING.get(r.livingSituation());
                case CARE_LEVEL -> r.careLevel() == null ? null : RegistryCells.CARE_LEVELS.get(r.careLevel());
                case CENTRE -> centres.get(r.centreId());
                case CONSENTED_ON -> r.consentedOn().toString();
                case CONSENT_VERSION -> r.consentFormVersion();
                case DISCLOSE_TO -> RegistryCells.words(r.discloseTo(), RegistryCells.DISCLOSE_TO);
                case STATUS -> RegistryCells.STATUSES.get(r.status());
                case FAMILY_DOCTOR -> r.medical().familyDoctor();
                case CONDITIONS -> r.medical().conditions();
                case MEDICATION -> r.medical().medication();
                default -> contact(r.connections(), field);
            });
        }
        return cells;
    }

    private static String contact(List<RegistrantConnection> connections, RegistryField field) {
        int offset = field.ordinal() - RegistryField.CONTACT_1_NAME.ordinal();
        int n = offset / 3;
        if (n >= connections.size()) {
            return null;
        }
        RegistrantConnection k = connections.get(n);
        return switch (offset % 3) {
            case 0 -> k.name();
            case 1 -> k.relation();
            default -> k.phone();
        };
    }
}
