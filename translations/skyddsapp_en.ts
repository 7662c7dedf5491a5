<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om skyddsapp</source>
        <translation>About skyddsapp</translation>
    </message>
    <message>
        <source>Krypterad ärendehantering utan nätverk för bostad åt personer som utsatts för våld av en närstående.</source>
        <translation>Encrypted, offline case handling for housing people exposed to violence by someone close to them.</translation>
    </message>
    <message>
        <source>Python {0} · Qt {1} · PySide6 {2}</source>
        <translation>Python {0} · Qt {1} · PySide6 {2}</translation>
    </message>
    <message>
        <source>Valvets mapp:</source>
        <translation>Vault folder:</translation>
    </message>
    <message>
        <source>Inställningar:</source>
        <translation>Settings:</translation>
    </message>
    <message>
        <source>Allt om ärenden och personer finns krypterat i valvets mapp. Inställningarna håller bara programmets val (språk, låstid, mappar, fönsterläge).</source>
        <translation>Everything about cases and persons is kept encrypted in the vault folder. The settings hold the program&apos;s preferences only (language, lock time, folders, window layout).</translation>
    </message>
    <message>
        <source>Licenser. Qt används under LGPL-3.0 och är dynamiskt länkat: dess bibliotek kan bytas mot egna. Välj en rad för att läsa hela licenstexten.</source>
        <translation>Licences. Qt is used under the LGPL-3.0 and linked dynamically: its libraries can be replaced with your own. Choose a row to read the full licence text.</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licenser</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Licenstext</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>Licenstexten saknas i den här installationen.</source>
        <translation>The licence text is missing from this installation.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Lösenfrasen är för lätt att gissa. Gör den längre, gärna med några ovanliga ord.</source>
        <translation>The passphrase is too easy to guess. Make it longer, preferably with a few unusual words.</translation>
    </message>
    <message>
        <source>Lösenfraserna är inte lika.</source>
        <translation>The passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>AddPeerDialog</name>
    <message>
        <source>Lägg till valv</source>
        <translation>Add vault</translation>
    </message>
    <message>
        <source>&amp;Lägg till</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Läs in det andra valvets identitetskort från en fil, eller klistra in kortets text.</source>
        <translation>Read the other vault&apos;s identity card from a file, or paste the card&apos;s text.</translation>
    </message>
    <message>
        <source>Läs från &amp;fil…</source>
        <translation>Read from &amp;file…</translation>
    </message>
    <message>
        <source>Identitetskortets text</source>
        <translation>Text of the identity card</translation>
    </message>
    <message>
        <source>&amp;Kort:</source>
        <translation>&amp;Card:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Valvets namn på kortet</source>
        <translation>Vault name on the card</translation>
    </message>
    <message>
        <source>Valvets namn:</source>
        <translation>Vault name:</translation>
    </message>
    <message>
        <source>Ring det andra valvets administratör (eller ta fram deras utskrivna kort) och låt dem läsa upp fingeravtrycket. Skriv in det här, siffra för siffra. Kopiera det inte från filen: en förfalskad fil har ett förfalskat fingeravtryck.</source>
        <translation>Call the other vault&apos;s administrator (or take out their printed card) and have them read the fingerprint aloud. Type it here, digit by digit. Do not copy it from the file: a forged file has a forged fingerprint.</translation>
    </message>
    <message>
        <source>Fingeravtryck som det lästes upp</source>
        <translation>Fingerprint as read aloud</translation>
    </message>
    <message>
        <source>F&amp;ingeravtryck:</source>
        <translation>F&amp;ingerprint:</translation>
    </message>
    <message>
        <source>Läs identitetskort</source>
        <translation>Read identity card</translation>
    </message>
    <message>
        <source>Identitetskort (*.txt);;Alla filer (*)</source>
        <translation>Identity cards (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Filen är inte ett identitetskort.</source>
        <translation>The file is not an identity card.</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas: {0}</source>
        <translation>The file could not be read: {0}</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>t.ex. 753 20</source>
        <translation>e.g. 753 20</translation>
    </message>
    <message>
        <source>Gatua&amp;dress</source>
        <translation>Street a&amp;ddress</translation>
    </message>
    <message>
        <source>Post&amp;nummer</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <source>Post&amp;ort</source>
        <translation>To&amp;wn</translation>
    </message>
    <message>
        <source>C/o-na&amp;mn</source>
        <translation>C/o nam&amp;e</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>Första administratören</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>Administratören kan lägga till fler användare. Du loggar in med användarnamnet.</source>
        <translation>The administrator can add more users. You sign in with the user name.</translation>
    </message>
    <message>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>t.ex. anna.s</source>
        <translation>e.g. anna.s</translation>
    </message>
    <message>
        <source>Visningsnamn</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>t.ex. Anna Svensson</source>
        <translation>e.g. Anna Svensson</translation>
    </message>
    <message>
        <source>&amp;Användarnamn:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Visningsnamn:</source>
        <translation>&amp;Display name:</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Redigera avtal</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>Nytt avtal</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Avtalstyp</source>
        <translation>Lease type</translation>
    </message>
    <message>
        <source>Avtals&amp;typ:</source>
        <translation>Agreement &amp;type:</translation>
    </message>
    <message>
        <source>Motpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>t.ex. Uppsala Kvinnojour</source>
        <translation>e.g. Uppsala Kvinnojour</translation>
    </message>
    <message>
        <source>&amp;Motpart:</source>
        <translation>&amp;Counterpart:</translation>
    </message>
    <message>
        <source>Avtalets benämning</source>
        <translation>Title of the agreement</translation>
    </message>
    <message>
        <source>&amp;Benämning:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>Gäller från</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Gäller &amp;från:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <source>Gäller till och med</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Sista giltighetsdag</source>
        <translation>Last day of validity</translation>
    </message>
    <message>
        <source>Utan slutdatum gäller avtalet tills vidare.</source>
        <translation>Without an end date the agreement holds until further notice.</translation>
    </message>
    <message>
        <source>Gäller till:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>Lägenheter per år:</source>
        <translation>Flats a year:</translation>
    </message>
    <message>
        <source>Anteckningar om avtalet</source>
        <translation>Notes on the agreement</translation>
    </message>
    <message>
        <source>&amp;Anteckningar:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>Benämning</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Motpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Gäller idag</source>
        <translation>In force today</translation>
    </message>
    <message>
        <source>Lägenheter per år</source>
        <translation>Flats a year</translation>
    </message>
    <message>
        <source>Avtalstyp</source>
        <translation>Lease type</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej, börjar gälla {0}</source>
        <translation>No, takes effect on {0}</translation>
    </message>
    <message>
        <source>Nej, har upphört</source>
        <translation>No, has expired</translation>
    </message>
</context>
<context>
    <name>AgreementsDialog</name>
    <message>
        <source>Avtal</source>
        <translation>Agreements</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>&amp;Nytt avtal…</source>
        <translation>&amp;New agreement…</translation>
    </message>
    <message>
        <source>&amp;Redigera avtal…</source>
        <translation>&amp;Edit agreement…</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Anteckningar om det valda avtalet</source>
        <translation>Notes on the selected agreement</translation>
    </message>
    <message>
        <source>Antal avtal</source>
        <translation>Number of agreements</translation>
    </message>
    <message>
        <source>Valvet är skrivskyddat: avtal kan inte läggas till eller ändras nu.</source>
        <translation>The vault is read-only: agreements cannot be added or changed now.</translation>
    </message>
    <message>
        <source>Avtal som Uppsala kommun och Uppsalahem har ingått. Kvoten för Uppsala Kvinnojour läses från det avtal som gäller på andrahandskontraktets startdatum, och varje placering i skyddat boende hänvisar till sitt ramavtal.</source>
        <translation>Agreements entered into by Uppsala municipality and Uppsalahem. The quota for Uppsala Kvinnojour is read from the agreement in force on the sublease&apos;s start date, and every placement in sheltered housing refers to its framework agreement.</translation>
    </message>
    <message>
        <source>{0} avtal, varav {1} gäller idag</source>
        <translation>{0} agreements, {1} of them in force today</translation>
    </message>
</context>
<context>
    <name>ApartmentDialog</name>
    <message>
        <source>Redigera lägenhet</source>
        <translation>Edit flat</translation>
    </message>
    <message>
        <source>Ny lägenhet</source>
        <translation>New flat</translation>
    </message>
</context>
<context>
    <name>ApartmentForm</name>
    <message>
        <source>&amp;Objektnummer:</source>
        <translation>&amp;Object number:</translation>
    </message>
    <message>
        <source>Objektnummer</source>
        <translation>Object number</translation>
    </message>
    <message>
        <source>Lägenhetens adress</source>
        <translation>The flat&apos;s address</translation>
    </message>
    <message>
        <source>&amp;Adress:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Antal &amp;rum:</source>
        <translation>Number of &amp;rooms:</translation>
    </message>
    <message>
        <source>Antal rum</source>
        <translation>Number of rooms</translation>
    </message>
    <message>
        <source>Boa&amp;rea (m²):</source>
        <translation>Liv&amp;ing area (m²):</translation>
    </message>
    <message>
        <source>Boarea i kvadratmeter</source>
        <translation>Living area in square metres</translation>
    </message>
    <message>
        <source>&amp;Månadshyra (kr):</source>
        <translation>&amp;Monthly rent (SEK):</translation>
    </message>
    <message>
        <source>Månadshyra i kronor</source>
        <translation>Monthly rent in kronor</translation>
    </message>
    <message>
        <source>&amp;Hyresvärd:</source>
        <translation>&amp;Landlord:</translation>
    </message>
    <message>
        <source>Hyresvärd</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>&amp;Låssystem:</source>
        <translation>Loc&amp;k system:</translation>
    </message>
    <message>
        <source>Låssystem</source>
        <translation>Lock system</translation>
    </message>
    <message>
        <source>&amp;Nyckelserie:</source>
        <translation>Ke&amp;y series:</translation>
    </message>
    <message>
        <source>Nyckelserie</source>
        <translation>Key series</translation>
    </message>
    <message>
        <source>Får inte annonseras eller visas före</source>
        <translation>Must not be advertised or shown before</translation>
    </message>
    <message>
        <source>Visningsstopp:</source>
        <translation>Showing embargo:</translation>
    </message>
    <message>
        <source>Får annonseras eller visas från {0}: dagen efter att uppsägningstiden för hyresavtal {1} (uppsagt {2}) löper ut {3} (12 kap. 4 § jordabalken).</source>
        <translation>May be advertised or shown from {0}: the day after the notice period of lease {1} (notice given {2}) ends on {3} (chapter 12, section 4 of the Land Code).</translation>
    </message>
    <message>
        <source>Beräknat visningsstopp</source>
        <translation>Computed showing embargo</translation>
    </message>
    <message>
        <source>Beräknat visningsstopp:</source>
        <translation>Computed showing embargo:</translation>
    </message>
    <message>
        <source>Senare datum än det beräknade</source>
        <translation>A later date than the computed one</translation>
    </message>
    <message>
        <source>Senare visningsstopp än det beräknade</source>
        <translation>A later showing embargo than the computed one</translation>
    </message>
    <message>
        <source>Gatuadressen är skyddad och visas inte. Låt fältet vara för att behålla den, eller skriv en ny.</source>
        <translation>The street address is protected and not shown. Leave the field as it is to keep it, or type a new one.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Valvet är upplåst. Observera följande:</source>
        <translation>The vault is unlocked. Please note:</translation>
    </message>
    <message>
        <source>Ditt konto hör inte till något team och handlägger därför inga ärenden. Be en administratör att lägga dig i ett team.</source>
        <translation>Your account belongs to no team and so handles no cases. Ask an administrator to put you in a team.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Granskningslogg</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>t.ex. person.reveal eller case.</source>
        <translation>e.g. person.reveal or case.</translation>
    </message>
    <message>
        <source>Ärendets id</source>
        <translation>Case id</translation>
    </message>
    <message>
        <source>Personens id</source>
        <translation>Person id</translation>
    </message>
    <message>
        <source>Från och med</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Bara brutna förseglingar</source>
        <translation>&amp;Only broken seals</translation>
    </message>
    <message>
        <source>A&amp;nvändare:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <source>&amp;Händelse:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>Ä&amp;rende-id:</source>
        <translation>Ca&amp;se id:</translation>
    </message>
    <message>
        <source>&amp;Person-id:</source>
        <translation>&amp;Person id:</translation>
    </message>
    <message>
        <source>&amp;Från och med:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Till och med:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Sök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Vem har sett pers&amp;onen</source>
        <translation>Who has seen the pers&amp;on</translation>
    </message>
    <message>
        <source>V&amp;erifiera kedjan</source>
        <translation>V&amp;erify the chain</translation>
    </message>
    <message>
        <source>&amp;Loggutdrag som PDF…</source>
        <translation>&amp;Log extract as PDF…</translation>
    </message>
    <message>
        <source>Kedjans verifiering</source>
        <translation>Chain verification</translation>
    </message>
    <message>
        <source>Loggposter</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>Välj filter och tryck Sök.</source>
        <translation>Choose filters and press Search.</translation>
    </message>
    <message>
        <source>Sökresultat</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Kedjan är obruten: {0} poster kontrollerade.</source>
        <translation>The chain is unbroken: {0} entries checked.</translation>
    </message>
    <message>
        <source>Kedjan är bruten vid post {0}: {1}</source>
        <translation>The chain is broken at entry {0}: {1}</translation>
    </message>
    <message>
        <source>Loggutdrag som PDF</source>
        <translation>Log extract as PDF</translation>
    </message>
    <message>
        <source>Filen kommer att innehålla uppgifter ur granskningsloggen okrypterat, utanför valvet. Spara den bara där det är tillåtet att lagra sådana uppgifter (inte i en delad eller molnsynkad mapp) och radera den när den inte längre behövs. Exporten loggas.</source>
        <translation>The file will hold data from the audit log unencrypted, outside the vault. Save it only where such data may be kept (not in a shared or cloud-synced folder) and delete it when it is no longer needed. The export is logged.</translation>
    </message>
    <message>
        <source>Vill du spara de visade loggposterna som en PDF-fil?</source>
        <translation>Do you want to save the log entries shown as a PDF file?</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Loggutdraget sparades ({0} poster).</source>
        <translation>The log extract was saved ({0} entries).</translation>
    </message>
    <message>
        <source>Inga loggposter matchar.</source>
        <translation>No log entries match.</translation>
    </message>
    <message>
        <source>1 loggpost</source>
        <translation>1 log entry</translation>
    </message>
    <message>
        <source>De första {0} loggposterna visas. Avgränsa sökningen (period, användare, ärende) för att se resten.</source>
        <translation>The first {0} log entries are shown. Narrow the search (period, user, case) to see the rest.</translation>
    </message>
    <message>
        <source>{0} loggposter</source>
        <translation>{0} log entries</translation>
    </message>
</context>
<context>
    <name>AuditReviewPanel</name>
    <message>
        <source>Granskningar</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Granskad period från och med</source>
        <translation>Reviewed period from</translation>
    </message>
    <message>
        <source>Granskad period till och med</source>
        <translation>Reviewed period to</translation>
    </message>
    <message>
        <source>Anmärkningar</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Re&amp;gistrera granskning</source>
        <translation>Re&amp;cord review</translation>
    </message>
    <message>
        <source>Valvet är skrivskyddat.</source>
        <translation>The vault is read-only.</translation>
    </message>
    <message>
        <source>Registrerade granskningar</source>
        <translation>Recorded reviews</translation>
    </message>
    <message>
        <source>Perio&amp;d från och med:</source>
        <translation>Perio&amp;d from:</translation>
    </message>
    <message>
        <source>Period t&amp;ill och med:</source>
        <translation>Period t&amp;o:</translation>
    </message>
    <message>
        <source>Anmär&amp;kningar:</source>
        <translation>Remar&amp;ks:</translation>
    </message>
    <message>
        <source>{0} – {1}: granskad av {2} {3}, loggen till och med post {4}</source>
        <translation>{0} – {1}: reviewed by {2} {3}, the log up to entry {4}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Post</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Tid (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Avser</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Uppgifter</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{0} (bruten försegling)</source>
        <translation>{0} (broken seal)</translation>
    </message>
</context>
<context>
    <name>AuditorWindow</name>
    <message>
        <source>Logg</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Användare och team</source>
        <translation>Users and teams</translation>
    </message>
    <message>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Sök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Logg</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>A&amp;nvändare och team</source>
        <translation>&amp;Users and teams</translation>
    </message>
    <message>
        <source>Å&amp;rsuppföljning…</source>
        <translation>&amp;Yearly follow-up…</translation>
    </message>
    <message>
        <source>&amp;Uppföljning</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <source>&amp;Om skyddsapp…</source>
        <translation>&amp;About skyddsapp…</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Inloggad: {0} ({1})</source>
        <translation>Signed in: {0} ({1})</translation>
    </message>
    <message>
        <source>&amp;Gallring…</source>
        <translation>&amp;Retention…</translation>
    </message>
    <message>
        <source>Valvets i&amp;dentitet…</source>
        <translation>Vault i&amp;dentity…</translation>
    </message>
    <message>
        <source>Säkerhets&amp;kopiera…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Säkerhetskopi&amp;or…</source>
        <translation>Bac&amp;kups…</translation>
    </message>
    <message>
        <source>Åte&amp;rställ från säkerhetskopia…</source>
        <translation>Res&amp;tore from backup…</translation>
    </message>
    <message>
        <source>Låses om {0}:{1:02d}</source>
        <translation>Locks in {0}:{1:02d}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Säkerhetskopiera</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Säkerhetskopian innehåller hela valvet, krypterat med valvets nyckel. Den kontrolleras efter att den skrivits. Spara den helst på en extern disk som förvaras inlåst.</source>
        <translation>The backup holds the whole vault, encrypted with the vault’s key. It is checked after it has been written. Preferably save it on an external drive that is kept locked away.</translation>
    </message>
    <message>
        <source>Välj en mapp</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>Mapp för säkerhetskopian</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <source>&amp;Välj …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <source>&amp;Mapp:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Antal säkerhetskopior att behålla</source>
        <translation>Number of backups to keep</translation>
    </message>
    <message>
        <source>&amp;Behåll de senaste:</source>
        <translation>&amp;Keep the latest:</translation>
    </message>
    <message>
        <source>Äldre säkerhetskopior av det här valvet i mappen tas bort.</source>
        <translation>Older backups of this vault in the folder are removed.</translation>
    </message>
    <message>
        <source>Säkerhetskopierar</source>
        <translation>Backing up</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Starta</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;täng</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Välj mapp för säkerhetskopian</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <source>Välj en mapp för säkerhetskopian.</source>
        <translation>Choose a folder for the backup.</translation>
    </message>
    <message>
        <source>Mappen {0} finns inte. Är disken ansluten? Välj en mapp som finns.</source>
        <translation>The folder {0} does not exist. Is the drive connected? Choose a folder that exists.</translation>
    </message>
    <message>
        <source>Säkerhetskopierar till {0} …</source>
        <translation>Backing up to {0} …</translation>
    </message>
    <message>
        <source>Säkerhetskopian är skriven och kontrollerad: den är hel.</source>
        <translation>The backup has been written and checked: it is intact.</translation>
    </message>
    <message>
        <source>Tid: {0}</source>
        <translation>Time: {0}</translation>
    </message>
    <message>
        <source>Storlek: {0}</source>
        <translation>Size: {0}</translation>
    </message>
    <message>
        <source>Mapp: {0}</source>
        <translation>Folder: {0}</translation>
    </message>
    <message>
        <source>Ärenden: {0}, personer: {1}, dokument: {2}, loggposter: {3}</source>
        <translation>Cases: {0}, persons: {1}, documents: {2}, log entries: {3}</translation>
    </message>
    <message>
        <source>Generation: {0}</source>
        <translation>Generation: {0}</translation>
    </message>
</context>
<context>
    <name>BackupListDialog</name>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Välj mappen med säkerhetskopiorna</source>
        <translation>Choose the folder with the backups</translation>
    </message>
    <message>
        <source>Mapp med säkerhetskopior</source>
        <translation>Folder with backups</translation>
    </message>
    <message>
        <source>&amp;Välj …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <source>&amp;Mapp:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Arbetar</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Kontrollera</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>Åte&amp;rställ…</source>
        <translation>Res&amp;tore…</translation>
    </message>
    <message>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>S&amp;täng</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Välj mappen där säkerhetskopiorna finns.</source>
        <translation>Choose the folder where the backups are.</translation>
    </message>
    <message>
        <source>Mappen {0} finns inte. Är disken ansluten?</source>
        <translation>The folder {0} does not exist. Is the drive connected?</translation>
    </message>
    <message>
        <source>Läser säkerhetskopiorna i {0} …</source>
        <translation>Reading the backups in {0} …</translation>
    </message>
    <message>
        <source>Det finns inga säkerhetskopior av det här valvet i {0}.</source>
        <translation>There are no backups of this vault in {0}.</translation>
    </message>
    <message>
        <source>{0} säkerhetskopior, varav {1} skadade.</source>
        <translation>{0} backups, {1} of them damaged.</translation>
    </message>
    <message>
        <source>{0} säkerhetskopior.</source>
        <translation>{0} backups.</translation>
    </message>
    <message>
        <source>Kontrollerar {0} …</source>
        <translation>Checking {0} …</translation>
    </message>
    <message>
        <source>{0} är skadad: {1}</source>
        <translation>{0} is damaged: {1}</translation>
    </message>
    <message>
        <source>{0} är kontrollerad och hel: den går att återställa.</source>
        <translation>{0} has been checked and is intact: it can be restored.</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>Klicka för att säkerhetskopiera valvet nu.</source>
        <translation>Click to back up the vault now.</translation>
    </message>
    <message>
        <source>Ingen säkerhetskopia ännu</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Senaste säkerhetskopian är 1 dag gammal</source>
        <translation>The latest backup is 1 day old</translation>
    </message>
    <message>
        <source>Senaste säkerhetskopian är {0} dagar gammal</source>
        <translation>The latest backup is {0} days old</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Gjord</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Mapp</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Tillstånd</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Hel</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Skadad: {0}</source>
        <translation>Damaged: {0}</translation>
    </message>
</context>
<context>
    <name>CaseCountyTab</name>
    <message>
        <source>Ny &amp;förfrågan till kommun …</source>
        <translation>New re&amp;ferral to a municipality …</translation>
    </message>
    <message>
        <source>Förfrågan till en annan kommun i Uppsala län genom Länskompotten</source>
        <translation>Referral to another municipality in Uppsala County through Länskompotten</translation>
    </message>
    <message>
        <source>Registrera först svaret på förfrågan till {0}.</source>
        <translation>First record the answer to the referral to {0}.</translation>
    </message>
    <message>
        <source>Ingen förfrågan är registrerad. Registrera vilken kommun i länet förfrågan skickades till.</source>
        <translation>No referral is recorded. Record which municipality in the county the referral was sent to.</translation>
    </message>
    <message>
        <source>Registrera först svaret på förfrågan som skickades {0}.</source>
        <translation>First record the answer to the referral sent on {0}.</translation>
    </message>
    <message>
        <source>Förfrågan {0}</source>
        <translation>Referral {0}</translation>
    </message>
    <message>
        <source>Förfrågan {0}: {1}</source>
        <translation>Referral {0}: {1}</translation>
    </message>
    <message>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Förfrågan skickad:</source>
        <translation>Referral sent:</translation>
    </message>
    <message>
        <source>Svar:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>Väntar på svar</source>
        <translation>Awaiting an answer</translation>
    </message>
    <message>
        <source>Svarsdatum:</source>
        <translation>Date of answer:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Anteckningar:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Registrera s&amp;var …</source>
        <translation>Record the ans&amp;wer …</translation>
    </message>
    <message>
        <source>Ändra …</source>
        <translation>Change …</translation>
    </message>
    <message>
        <source>kommunen</source>
        <translation>the municipality</translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <source>Ärendets uppgifter</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>Antal medföljande barn</source>
        <translation>Number of children who follow</translation>
    </message>
    <message>
        <source>Antal &amp;barn:</source>
        <translation>Number of &amp;children:</translation>
    </message>
    <message>
        <source>Inte angivet än</source>
        <translation>Not given yet</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Utfall:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Anteckningar om ärendet</source>
        <translation>Notes about the case</translation>
    </message>
    <message>
        <source>&amp;Anteckningar:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>CaseDocumentsTab</name>
    <message>
        <source>Dokumentregister</source>
        <translation>Document register</translation>
    </message>
    <message>
        <source>Inga dokument har skapats i ärendet ännu.</source>
        <translation>No documents have been created in this case yet.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Ny blankett…</source>
        <translation>New form…</translation>
    </message>
    <message>
        <source>Verifiera papper…</source>
        <translation>Verify paper…</translation>
    </message>
    <message>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Registrera underskrift…</source>
        <translation>Record signature…</translation>
    </message>
    <message>
        <source>Bifoga skannat papper…</source>
        <translation>Attach scanned paper…</translation>
    </message>
    <message>
        <source>Visa skanning</source>
        <translation>Show scan</translation>
    </message>
    <message>
        <source>Arkivera</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Ny blankett</source>
        <translation>New form</translation>
    </message>
</context>
<context>
    <name>CaseEventsTab</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Händelser i ärendet</source>
        <translation>Events in the case</translation>
    </message>
</context>
<context>
    <name>CaseFlatMoveInDialog</name>
    <message>
        <source>Flytta in</source>
        <translation>Move in</translation>
    </message>
    <message>
        <source>Ledig lägenhet i förteckningen</source>
        <translation>Free flat in the register</translation>
    </message>
    <message>
        <source>&amp;Lägenhet:</source>
        <translation>&amp;Flat:</translation>
    </message>
    <message>
        <source>Ingen lägenhet i förteckningen är ledig. Lediga lägenheter registreras under Utsluss- och jourlägenheter (Ctrl+3).</source>
        <translation>No flat in the register is free. Free flats are registered under Transition and emergency flats (Ctrl+3).</translation>
    </message>
    <message>
        <source>Inflyttningsdag</source>
        <translation>Move-in day</translation>
    </message>
    <message>
        <source>&amp;Inflyttning:</source>
        <translation>Moved &amp;in:</translation>
    </message>
    <message>
        <source>Planerad utflytt</source>
        <translation>Planned move-out</translation>
    </message>
    <message>
        <source>&amp;Planerad utflytt:</source>
        <translation>&amp;Planned move-out:</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>t.ex. Bostadssocialt kontrakt via boendekedjan</source>
        <translation>e.g. Social housing contract through the housing chain</translation>
    </message>
    <message>
        <source>&amp;Nästa steg:</source>
        <translation>&amp;Next step:</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · ledig sedan {3}</source>
        <translation>{0} · {1} · {2} · free since {3}</translation>
    </message>
    <message>
        <source>adressen visas inte</source>
        <translation>address not shown</translation>
    </message>
    <message>
        <source>Välj en ledig lägenhet.</source>
        <translation>Choose a free flat.</translation>
    </message>
</context>
<context>
    <name>CaseFlatStayBox</name>
    <message>
        <source>Utsluss- eller jourlägenhet</source>
        <translation>Transition or emergency flat</translation>
    </message>
    <message>
        <source>Ändra plan och nästa st&amp;eg …</source>
        <translation>Change plan and ne&amp;xt step …</translation>
    </message>
    <message>
        <source>Registrera utfl&amp;ytt …</source>
        <translation>Record mo&amp;ve-out …</translation>
    </message>
    <message>
        <source>Bor i:</source>
        <translation>Lives in:</translation>
    </message>
    <message>
        <source>Klienten bor inte i någon utsluss- eller jourlägenhet i förteckningen.</source>
        <translation>The client does not live in any transition or emergency flat of the register.</translation>
    </message>
    <message>
        <source>Flytta &amp;in i utslussnings-/jourlägenhet …</source>
        <translation>Move &amp;into a transition/emergency flat …</translation>
    </message>
    <message>
        <source>Tidigare:</source>
        <translation>Earlier:</translation>
    </message>
    <message>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <source>Adress:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Visas inte</source>
        <translation>Not shown</translation>
    </message>
    <message>
        <source>Adressen visas inte: någon som bor eller har bott här har skyddad adress, eller så ser du inte alla ärenden lägenheten hör till.</source>
        <translation>The address is not shown: someone who lives or has lived here has a protected address, or you do not see every case the flat belongs to.</translation>
    </message>
    <message>
        <source>Inflyttning:</source>
        <translation>Moved in:</translation>
    </message>
    <message>
        <source>{0} (1 dag sedan)</source>
        <translation>{0} (1 day ago)</translation>
    </message>
    <message>
        <source>{0} ({1} dagar sedan)</source>
        <translation>{0} ({1} days ago)</translation>
    </message>
    <message>
        <source>Planerad utflytt:</source>
        <translation>Planned move-out:</translation>
    </message>
    <message>
        <source>{0} (passerat)</source>
        <translation>{0} (passed)</translation>
    </message>
    <message>
        <source>Nästa steg:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>{0} {1}: {2} – {3}</source>
        <translation>{0} {1}: {2} – {3}</translation>
    </message>
    <message>
        <source>{0} (lägenheten är borttagen ur förteckningen)</source>
        <translation>{0} (the flat has been removed from the register)</translation>
    </message>
</context>
<context>
    <name>CaseHistoryTab</name>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <source>Versioner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Jämför med version</source>
        <translation>Compare with version</translation>
    </message>
    <message>
        <source>&amp;Jämför med:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <source>Ändrade fält</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Jämförd version</source>
        <translation>Compared version</translation>
    </message>
    <message>
        <source>Vald version</source>
        <translation>Selected version</translation>
    </message>
    <message>
        <source>&amp;Visa skyddade värden …</source>
        <translation>&amp;Show protected values …</translation>
    </message>
    <message>
        <source>&amp;Återställ värdet från jämförd version</source>
        <translation>&amp;Restore the value from the compared version</translation>
    </message>
    <message>
        <source>Sparar fältets värde från den jämförda versionen som en ny ändring (loggas).</source>
        <translation>Saves the field&apos;s value from the compared version as a new change (logged).</translation>
    </message>
    <message>
        <source>Ärendet {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <source>Person: {0}</source>
        <translation>Person: {0}</translation>
    </message>
    <message>
        <source>Lägenhet: {0}</source>
        <translation>Flat: {0}</translation>
    </message>
    <message>
        <source>Hyresavtal: {0}</source>
        <translation>Lease: {0}</translation>
    </message>
    <message>
        <source>{0}. {1}  {2}  {3}</source>
        <translation>{0}. {1}  {2}  {3}</translation>
    </message>
    <message>
        <source>Föregående version</source>
        <translation>Previous version</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Ingen historik finns ännu för posten.</source>
        <translation>There is no history for this record yet.</translation>
    </message>
    <message>
        <source>Version {0} är den första: alla fält med värde.</source>
        <translation>Version {0} is the first: every field with a value.</translation>
    </message>
    <message>
        <source>Versionerna {0} och {1} är lika.</source>
        <translation>Versions {0} and {1} are the same.</translation>
    </message>
    <message>
        <source>Fält som skiljer version {0} från version {1}:</source>
        <translation>Fields that differ between version {0} and version {1}:</translation>
    </message>
    <message>
        <source>{0} (skyddat)</source>
        <translation>{0} (protected)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>CaseHousingFirstTab</name>
    <message>
        <source>Klienten behöver bo utanför Uppsala av säkerhetsskäl (se fliken Bostad först).</source>
        <translation>The client needs to live outside Uppsala for safety reasons (see the Housing First tab).</translation>
    </message>
    <message>
        <source>Behöver bo utanför Uppsala</source>
        <translation>Needs to live outside Uppsala</translation>
    </message>
    <message>
        <source>Bostad &amp;först</source>
        <translation>&amp;Housing First</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{0} dagar</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <source>väntat {0}</source>
        <translation>waited {0}</translation>
    </message>
    <message>
        <source>väntade {0}</source>
        <translation>waited {0}</translation>
    </message>
    <message>
        <source>Väntetid</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <source>Väntetiden börjar räknas när beslutet om att bevilja Bostad först är registrerat.</source>
        <translation>The waiting time is counted from when the decision granting Housing First has been recorded.</translation>
    </message>
    <message>
        <source>Klienten har väntat {0} på en lägenhet, sedan {1}.</source>
        <translation>The client has waited {0} for a flat, since {1}.</translation>
    </message>
    <message>
        <source>Klienten väntade {0}, från {1} till {2}.</source>
        <translation>The client waited {0}, from {1} to {2}.</translation>
    </message>
    <message>
        <source>Boende utanför Uppsala</source>
        <translation>Living outside Uppsala</translation>
    </message>
    <message>
        <source>&amp;Markera: behöver bo utanför Uppsala …</source>
        <translation>&amp;Mark: needs to live outside Uppsala …</translation>
    </message>
    <message>
        <source>Ändra s&amp;kälet …</source>
        <translation>Change the rea&amp;son …</translation>
    </message>
    <message>
        <source>Ingen markering.</source>
        <translation>Not marked.</translation>
    </message>
    <message>
        <source>Klienten behöver bo utanför Uppsala av säkerhetsskäl.</source>
        <translation>The client needs to live outside Uppsala for safety reasons.</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Noterat {0} av {1}.</source>
        <translation>Noted on {0} by {1}.</translation>
    </message>
    <message>
        <source>&amp;Ta bort markeringen</source>
        <translation>Remove the mar&amp;k</translation>
    </message>
    <message>
        <source>Byten med andra kommuner</source>
        <translation>Exchanges with other municipalities</translation>
    </message>
    <message>
        <source>Inga byten registrerade.</source>
        <translation>No exchanges recorded.</translation>
    </message>
    <message>
        <source>&amp;Nytt byte …</source>
        <translation>&amp;New exchange …</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3}</source>
        <translation>{0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>Ändra …</source>
        <translation>Change …</translation>
    </message>
    <message>
        <source>Ändra bytet med {0}</source>
        <translation>Change the exchange with {0}</translation>
    </message>
    <message>
        <source>Ta bort markeringen</source>
        <translation>Remove the mark</translation>
    </message>
    <message>
        <source>Ta bort markeringen att klienten behöver bo utanför Uppsala?</source>
        <translation>Remove the mark that the client needs to live outside Uppsala?</translation>
    </message>
</context>
<context>
    <name>CaseHousingTab</name>
    <message>
        <source>Lägg till &amp;lägenhet …</source>
        <translation>&amp;Add flat …</translation>
    </message>
    <message>
        <source>Lägg till &amp;hyresavtal …</source>
        <translation>Add lea&amp;se …</translation>
    </message>
    <message>
        <source>Lägg först till en lägenhet.</source>
        <translation>Add a flat first.</translation>
    </message>
    <message>
        <source>Ingen lägenhet eller hyresavtal är kopplat.</source>
        <translation>No flat or lease is linked.</translation>
    </message>
    <message>
        <source>lägenhetens adress</source>
        <translation>the flat&apos;s address</translation>
    </message>
    <message>
        <source>Lägenhet {0}</source>
        <translation>Flat {0}</translation>
    </message>
    <message>
        <source>Adress:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Objektnummer:</source>
        <translation>Object number:</translation>
    </message>
    <message>
        <source>Hyresvärd:</source>
        <translation>Landlord:</translation>
    </message>
    <message>
        <source>Antal rum:</source>
        <translation>Number of rooms:</translation>
    </message>
    <message>
        <source>Boarea:</source>
        <translation>Living area:</translation>
    </message>
    <message>
        <source>{0} m²</source>
        <translation>{0} m²</translation>
    </message>
    <message>
        <source>Månadshyra:</source>
        <translation>Monthly rent:</translation>
    </message>
    <message>
        <source>{0} kr</source>
        <translation>SEK {0}</translation>
    </message>
    <message>
        <source>Låssystem:</source>
        <translation>Lock system:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Nyckelserie:</source>
        <translation>Key series:</translation>
    </message>
    <message>
        <source>Inget visningsstopp</source>
        <translation>No showing embargo</translation>
    </message>
    <message>
        <source>{0} (har passerat)</source>
        <translation>{0} (has passed)</translation>
    </message>
    <message>
        <source>{0} – får inte annonseras eller visas ännu</source>
        <translation>{0} – must not be advertised or shown yet</translation>
    </message>
    <message>
        <source>Får inte annonseras eller visas före:</source>
        <translation>Must not be advertised or shown before:</translation>
    </message>
    <message>
        <source>Redigera lägenhet …</source>
        <translation>Edit flat …</translation>
    </message>
    <message>
        <source>Hyresavtal {0}</source>
        <translation>Lease {0}</translation>
    </message>
    <message>
        <source>Kontraktsnummer:</source>
        <translation>Contract number:</translation>
    </message>
    <message>
        <source>Typ:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Lägenhet:</source>
        <translation>Flat:</translation>
    </message>
    <message>
        <source>Hyresgäster:</source>
        <translation>Tenants:</translation>
    </message>
    <message>
        <source>Startdatum:</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <source>Uppsägningsdatum:</source>
        <translation>Notice date:</translation>
    </message>
    <message>
        <source>Slutdatum:</source>
        <translation>End date:</translation>
    </message>
    <message>
        <source>{0} (dagen före förstahandskontraktet, vid övertagandet)</source>
        <translation>{0} (the day before the first-hand lease, at the takeover)</translation>
    </message>
    <message>
        <source>{0} (beräknat enligt 12 kap. 4 § jordabalken)</source>
        <translation>{0} (computed under chapter 12, section 4 of the Land Code)</translation>
    </message>
    <message>
        <source>– (ingen uppsägning registrerad)</source>
        <translation>– (no notice registered)</translation>
    </message>
    <message>
        <source>Avtal:</source>
        <translation>Agreement:</translation>
    </message>
    <message>
        <source>Redigera avtal …</source>
        <translation>Edit lease …</translation>
    </message>
    <message>
        <source>Registrera &amp;uppsägning …</source>
        <translation>Register noti&amp;ce …</translation>
    </message>
    <message>
        <source>Avtalet är redan uppsagt eller har upphört.</source>
        <translation>The lease has already been given notice or has ended.</translation>
    </message>
    <message>
        <source>Inget avtal med Uppsala Kvinnojour gällde på startdatumet</source>
        <translation>No agreement with Uppsala Kvinnojour was in force on the start date</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>CaseKeysTab</name>
    <message>
        <source>Ingen lägenhet är kopplad till ärendet.</source>
        <translation>No flat is linked to the case.</translation>
    </message>
    <message>
        <source>Lä&amp;mna ut nycklar …</source>
        <translation>Hand &amp;out keys …</translation>
    </message>
    <message>
        <source>Ta &amp;emot nycklar …</source>
        <translation>Tak&amp;e back keys …</translation>
    </message>
    <message>
        <source>&amp;Beställ låsbyte …</source>
        <translation>&amp;Order lock change …</translation>
    </message>
    <message>
        <source>Skapar en nyckelkvittens ur registret och registrerar utlämningen.</source>
        <translation>Makes a key receipt from the registry and records the handover.</translation>
    </message>
    <message>
        <source>Nycklar till lägenhet {0}</source>
        <translation>Keys to flat {0}</translation>
    </message>
    <message>
        <source>Ingen nyckeluppsättning är registrerad. Registrera nycklarna innan någon kvittens görs.</source>
        <translation>No key set is registered. Register the keys before any receipt is made.</translation>
    </message>
    <message>
        <source>Låsbyte: {0} – krävs sedan {1} – {2}</source>
        <translation>Lock change: {0} – required since {1} – {2}</translation>
    </message>
    <message>
        <source>Låsbyte utför&amp;t …</source>
        <translation>Lock change &amp;done …</translation>
    </message>
    <message>
        <source>Re&amp;gistrera nyckeluppsättning …</source>
        <translation>Re&amp;gister key set …</translation>
    </message>
    <message>
        <source>Anmäl &amp;förlust …</source>
        <translation>Report &amp;loss …</translation>
    </message>
    <message>
        <source>Kr&amp;äv låsbyte …</source>
        <translation>Re&amp;quire lock change …</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Märkning</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Låssystem</source>
        <translation>Lock system</translation>
    </message>
    <message>
        <source>Serie</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>På kontoret</source>
        <translation>At the office</translation>
    </message>
    <message>
        <source>Utlämnade</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <source>Förlorade</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Nyckeluppsättning</source>
        <translation>Key set</translation>
    </message>
    <message>
        <source>okänd person</source>
        <translation>unknown person</translation>
    </message>
    <message>
        <source>Utlämnade till {0}: {1}</source>
        <translation>Handed out to {0}: {1}</translation>
    </message>
    <message>
        <source>Fullmakter</source>
        <translation>Powers of attorney</translation>
    </message>
    <message>
        <source>Ingen fullmakt är registrerad.</source>
        <translation>No power of attorney is registered.</translation>
    </message>
    <message>
        <source>Åter&amp;kalla …</source>
        <translation>Re&amp;voke …</translation>
    </message>
    <message>
        <source>Sk&amp;apa fullmakt …</source>
        <translation>M&amp;ake power of attorney …</translation>
    </message>
    <message>
        <source>Registrera f&amp;ullmakt på papper …</source>
        <translation>Register power of attorney on pape&amp;r …</translation>
    </message>
    <message>
        <source>papper</source>
        <translation>paper</translation>
    </message>
    <message>
        <source>{0} – fullmakt {1}, {2} – {3}: {4}
Omfattar: {5}.</source>
        <translation>{0} – power of attorney {1}, {2} – {3}: {4}
Covers: {5}.</translation>
    </message>
    <message>
        <source>okänt ombud</source>
        <translation>unknown agent</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Sök på referens, namn, personnummer eller adress</source>
        <translation>Search by reference, name, personal number or address</translation>
    </message>
    <message>
        <source>Sök ärenden</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Ctrl+F. Esc tömmer sökrutan, Enter går till listan.</source>
        <translation>Ctrl+F. Esc clears the search box, Enter moves to the list.</translation>
    </message>
    <message>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Ärendetyp</source>
        <translation>Kind of case</translation>
    </message>
    <message>
        <source>Alla ärendetyper</source>
        <translation>All kinds of case</translation>
    </message>
    <message>
        <source>Ärende&amp;typ:</source>
        <translation>&amp;Kind of case:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>&amp;Handläggare:</source>
        <translation>&amp;Handler:</translation>
    </message>
    <message>
        <source>&amp;Mina ärenden</source>
        <translation>&amp;My cases</translation>
    </message>
    <message>
        <source>Visa bara mina ärenden</source>
        <translation>Show only my cases</translation>
    </message>
    <message>
        <source>Ärendelista</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>Antal ärenden</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alla handläggare</source>
        <translation>All handlers</translation>
    </message>
    <message>
        <source>Inga ärenden matchar sökningen.</source>
        <translation>No cases match the search.</translation>
    </message>
    <message>
        <source>Det finns inga ärenden ännu.</source>
        <translation>There are no cases yet.</translation>
    </message>
    <message>
        <source>{0} ärenden visas – fler finns, bläddra nedåt för att visa fler.</source>
        <translation>{0} cases shown – there are more; scroll down to show them.</translation>
    </message>
    <message>
        <source>1 ärende</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>{0} ärenden</source>
        <translation>{0} cases</translation>
    </message>
</context>
<context>
    <name>CaseOverviewTab</name>
    <message>
        <source>&amp;Redigera uppgifter …</source>
        <translation>Ed&amp;it details …</translation>
    </message>
    <message>
        <source>Ärendenummer:</source>
        <translation>Case reference:</translation>
    </message>
    <message>
        <source>Ärendetyp:</source>
        <translation>Kind of case:</translation>
    </message>
    <message>
        <source>Handläggare:</source>
        <translation>Handlers:</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Medföljande barn:</source>
        <translation>Children who follow:</translation>
    </message>
    <message>
        <source>Antal barn, anteckningar och utfall</source>
        <translation>Number of children, notes and outcome</translation>
    </message>
    <message>
        <source>&amp;Handläggare och delning …</source>
        <translation>&amp;Handlers and sharing …</translation>
    </message>
    <message>
        <source>Tilldela och ta bort handläggare, dela ärendet med den andra organisationen</source>
        <translation>Assign and remove handlers, share the case with the other organisation</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Aktualiserat:</source>
        <translation>Opened:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Inte angivet än</source>
        <translation>Not given yet</translation>
    </message>
    <message>
        <source>Utfall:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Anteckningar:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Varning om övertagande av hyresrätt</source>
        <translation>Warning about taking over the lease</translation>
    </message>
    <message>
        <source>Kvar för den gamla lägenheten:</source>
        <translation>Still open for the old flat:</translation>
    </message>
    <message>
        <source>Kvar för den gamla lägenheten</source>
        <translation>Still open for the old flat</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, delat med {1}</source>
        <translation>{0}, shared with {1}</translation>
    </message>
    <message>
        <source>Datum att bevaka</source>
        <translation>Dates to watch</translation>
    </message>
    <message>
        <source>Inga datum att bevaka.</source>
        <translation>No dates to watch.</translation>
    </message>
    <message>
        <source>{0}  {1} – {2} (passerat)</source>
        <translation>{0}  {1} – {2} (passed)</translation>
    </message>
    <message>
        <source>{0}  {1} – {2}</source>
        <translation>{0}  {1} – {2}</translation>
    </message>
</context>
<context>
    <name>CasePersonsTab</name>
    <message>
        <source>Lägg till &amp;person …</source>
        <translation>Add per&amp;son …</translation>
    </message>
    <message>
        <source>Lägg till &amp;befintlig person …</source>
        <translation>Add &amp;existing person …</translation>
    </message>
    <message>
        <source>Ärendet har inga personer ännu.</source>
        <translation>The case has no persons yet.</translation>
    </message>
    <message>
        <source>{0} – bor i lägenheten</source>
        <translation>{0} – lives in the flat</translation>
    </message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Skyddsnivå:</source>
        <translation>Protection level:</translation>
    </message>
    <message>
        <source>Personnummer:</source>
        <translation>Personal number:</translation>
    </message>
    <message>
        <source>personnummer</source>
        <translation>personal number</translation>
    </message>
    <message>
        <source>Bostadsadress:</source>
        <translation>Home address:</translation>
    </message>
    <message>
        <source>bostadsadress</source>
        <translation>home address</translation>
    </message>
    <message>
        <source>Kontaktadress:</source>
        <translation>Contact address:</translation>
    </message>
    <message>
        <source>kontaktadress</source>
        <translation>contact address</translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>Ja, via Skatteverkets särskilda postförmedling</source>
        <translation>Yes, through the Swedish Tax Agency&apos;s mail forwarding service</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Särskild postförmedling:</source>
        <translation>Mail forwarding service:</translation>
    </message>
    <message>
        <source>{0} (födda {1})</source>
        <translation>{0} (born {1})</translation>
    </message>
    <message>
        <source>Barn:</source>
        <translation>Children:</translation>
    </message>
    <message>
        <source>Anteckningar:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Redigera …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Redigera {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <source>Ta bort ur ärendet …</source>
        <translation>Remove from the case …</translation>
    </message>
    <message>
        <source>Ta bort {0} ur ärendet</source>
        <translation>Remove {0} from the case</translation>
    </message>
</context>
<context>
    <name>CasePlacementTab</name>
    <message>
        <source>Re&amp;gistrera placering …</source>
        <translation>Re&amp;gister placement …</translation>
    </message>
    <message>
        <source>Ändra placerin&amp;g …</source>
        <translation>Chan&amp;ge placement …</translation>
    </message>
    <message>
        <source>Ramavtal, leverantör, datum, erbjuden lägenhet, utfall och barn</source>
        <translation>Framework agreement, provider, dates, flat offered, outcome and children</translation>
    </message>
    <message>
        <source>Ingen placering är registrerad. Registrera placeringen i skyddat boende innan utslussningen påbörjas.</source>
        <translation>No placement is recorded. Record the placement in sheltered housing before the move-out planning starts.</translation>
    </message>
    <message>
        <source>Placering i skyddat boende</source>
        <translation>Placement in sheltered housing</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Ramavtal:</source>
        <translation>Framework agreement:</translation>
    </message>
    <message>
        <source>Leverantör:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Avropsgrund:</source>
        <translation>Ground for the call-off:</translation>
    </message>
    <message>
        <source>Leverantören kan ordna ett lägenhetskontrakt</source>
        <translation>The provider can arrange a lease of a flat</translation>
    </message>
    <message>
        <source>Leverantören kan inte ordna ett lägenhetskontrakt</source>
        <translation>The provider cannot arrange a lease of a flat</translation>
    </message>
    <message>
        <source>Startdatum:</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <source>Planerat slut:</source>
        <translation>Planned end:</translation>
    </message>
    <message>
        <source>Faktiskt slut:</source>
        <translation>Actual end:</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Lägenhet erbjuden:</source>
        <translation>Flat offered:</translation>
    </message>
    <message>
        <source>Utfall:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Inte angivet än</source>
        <translation>Not given yet</translation>
    </message>
    <message>
        <source>Medföljande barn:</source>
        <translation>Children who follow:</translation>
    </message>
    <message>
        <source>Planerat slut</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>leverantören</source>
        <translation>the provider</translation>
    </message>
    <message>
        <source>{0} (har passerat; registrera slutet eller ett nytt datum)</source>
        <translation>{0} (has passed; record the end or a new date)</translation>
    </message>
    <message>
        <source>{0} (idag)</source>
        <translation>{0} (today)</translation>
    </message>
    <message>
        <source>{0} (om {1} dagar)</source>
        <translation>{0} (in {1} days)</translation>
    </message>
</context>
<context>
    <name>CaseRiskTab</name>
    <message>
        <source>&amp;Ny riskbedömning …</source>
        <translation>New risk &amp;assessment …</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bedömare</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Risknivå</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Uppsökande</source>
        <translation>Seeks out</translation>
    </message>
    <message>
        <source>Nästa uppföljning</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hot- och riskbedömningar</source>
        <translation>Threat and risk assessments</translation>
    </message>
    <message>
        <source>Ersatt av senare bedömning</source>
        <translation>Replaced by a later assessment</translation>
    </message>
    <message>
        <source>Aktuell</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Ska följas upp – gör en ny bedömning</source>
        <translation>Due for review – make a new assessment</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Referens</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Ärendetyp</source>
        <translation>Kind of case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Klient</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Aktualiserat</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Senast ändrat</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Skyddad person</source>
        <translation>Protected person</translation>
    </message>
    <message>
        <source>väntat 1 dag</source>
        <translation>waited 1 day</translation>
    </message>
    <message>
        <source>väntat {0} dagar</source>
        <translation>waited {0} days</translation>
    </message>
    <message>
        <source>väntade 1 dag</source>
        <translation>waited 1 day</translation>
    </message>
    <message>
        <source>väntade {0} dagar</source>
        <translation>waited {0} days</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Väntetiden räknas från beslutet om Bostad först {0}.</source>
        <translation>The waiting time is counted from the Housing First decision of {0}.</translation>
    </message>
    <message>
        <source>Väntetiden räknas från dagen ärendet började vänta, {0}.</source>
        <translation>The waiting time is counted from the day the case began to wait, {0}.</translation>
    </message>
    <message>
        <source>Skyddade personuppgifter: {0}</source>
        <translation>Protected personal data: {0}</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Öppnat med nödåtkomst: varken du eller ditt team handlägger ärendet. Öppningen och allt du gör här loggas och granskas.</source>
        <translation>Opened with emergency access: neither you nor your team handles this case. The opening and everything you do here is logged and reviewed.</translation>
    </message>
    <message>
        <source>Nödåtkomst</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>Ö&amp;versikt</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Personer</source>
        <translation>&amp;Persons</translation>
    </message>
    <message>
        <source>&amp;Lägenhet och avtal</source>
        <translation>Flat and &amp;lease</translation>
    </message>
    <message>
        <source>&amp;Nycklar</source>
        <translation>&amp;Keys</translation>
    </message>
    <message>
        <source>&amp;Händelser</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>&amp;Riskbedömningar</source>
        <translation>&amp;Risk assessments</translation>
    </message>
    <message>
        <source>&amp;Dokument</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Hi&amp;storik</source>
        <translation>Hi&amp;story</translation>
    </message>
    <message>
        <source>Pla&amp;cering</source>
        <translation>Pla&amp;cement</translation>
    </message>
    <message>
        <source>Läns&amp;kompotten</source>
        <translation>Läns&amp;kompotten</translation>
    </message>
    <message>
        <source>Överlämna till annat valv…</source>
        <translation>Hand over to another vault…</translation>
    </message>
    <message>
        <source>Försegla ärendet till ett annat valv och spara det på ett USB-minne</source>
        <translation>Seal the case to another vault and save it on a USB stick</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Ta bort ur ärendet</source>
        <translation>Remove from the case</translation>
    </message>
    <message>
        <source>Ta bort personen ({0}) ur ärendet? Personen finns kvar i valvet.</source>
        <translation>Remove the person ({0}) from the case? The person stays in the vault.</translation>
    </message>
</context>
<context>
    <name>ChangeTeamDialog</name>
    <message>
        <source>Byt team</source>
        <translation>Change team</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Inget team</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>Nytt team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Användare:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Roll:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Nuvarande team:</source>
        <translation>Current team:</translation>
    </message>
    <message>
        <source>&amp;Nytt team:</source>
        <translation>&amp;New team:</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <source>Lägg till &amp;barn</source>
        <translation>Add &amp;child</translation>
    </message>
    <message>
        <source>Lägg till barn</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>Barn {0}: förnamn</source>
        <translation>Child {0}: first name</translation>
    </message>
    <message>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Barn {0}: födelseår</source>
        <translation>Child {0}: year of birth</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ta bort barn {0}</source>
        <translation>Remove child {0}</translation>
    </message>
</context>
<context>
    <name>ClientSurveyDialog</name>
    <message>
        <source>Brukarundersökning</source>
        <translation>Client survey</translation>
    </message>
    <message>
        <source>Mätperiod</source>
        <translation>Measurement period</translation>
    </message>
    <message>
        <source>Besökare under perioden</source>
        <translation>Visitors in the period</translation>
    </message>
    <message>
        <source>Spara &amp;antal</source>
        <translation>Save &amp;number</translation>
    </message>
    <message>
        <source>&amp;Mätperiod:</source>
        <translation>&amp;Measurement period:</translation>
    </message>
    <message>
        <source>&amp;Besökare under perioden:</source>
        <translation>&amp;Visitors in the period:</translation>
    </message>
    <message>
        <source>Registrera svar</source>
        <translation>Enter answers</translation>
    </message>
    <message>
        <source>&amp;Spara svaret (Enter)</source>
        <translation>&amp;Save the answer (Enter)</translation>
    </message>
    <message>
        <source>Ån&amp;gra senaste svaret</source>
        <translation>Un&amp;do the last answer</translation>
    </message>
    <message>
        <source>En siffra 1–5 eller j/n väljer svaret, Tab går till nästa fråga och Enter sparar och börjar på nästa formulär.</source>
        <translation>A digit 1–5 or y/n picks the answer, Tab goes to the next question and Enter saves and starts on the next form.</translation>
    </message>
    <message>
        <source>Sammanställning inom enheten</source>
        <translation>Summary within the unit</translation>
    </message>
    <message>
        <source>Sammanställning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Skriv ut &amp;formulär…</source>
        <translation>Print the &amp;form…</translation>
    </message>
    <message>
        <source>Sammanställning som &amp;PDF…</source>
        <translation>Summary as &amp;PDF…</translation>
    </message>
    <message>
        <source>Spara sammanställning som &amp;CSV…</source>
        <translation>Save the summary as &amp;CSV…</translation>
    </message>
    <message>
        <source>F&amp;rågor…</source>
        <translation>&amp;Questions…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>inte angivet</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>Svar: {0} ({1} på papper, {2} digitalt)</source>
        <translation>Answers: {0} ({1} on paper, {2} digital)</translation>
    </message>
    <message>
        <source>Besökare: {0}. Klienter vars ärende avslutades: {1}.</source>
        <translation>Visitors: {0}. Clients whose case closed: {1}.</translation>
    </message>
    <message>
        <source>Svarsfrekvens: {0}</source>
        <translation>Response rate: {0}</translation>
    </message>
    <message>
        <source> (ur bruk)</source>
        <translation> (retired)</translation>
    </message>
    <message>
        <source>   Antal svar: {0}</source>
        <translation>   Answers: {0}</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Svaret är sparat. Fyll i nästa formulär.</source>
        <translation>The answer is saved. Fill in the next form.</translation>
    </message>
    <message>
        <source>Det senaste svaret är borttaget.</source>
        <translation>The last answer is removed.</translation>
    </message>
    <message>
        <source>Antalet besökare är sparat.</source>
        <translation>The number of visitors is saved.</translation>
    </message>
</context>
<context>
    <name>CountyReferralDialog</name>
    <message>
        <source>Svar på förfrågan</source>
        <translation>Answer to the referral</translation>
    </message>
    <message>
        <source>Ny förfrågan till kommun</source>
        <translation>New referral to a municipality</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Förfrågan skickad</source>
        <translation>Referral sent</translation>
    </message>
    <message>
        <source>&amp;Förfrågan skickad:</source>
        <translation>&amp;Referral sent:</translation>
    </message>
    <message>
        <source>Kommunens svar</source>
        <translation>The municipality&apos;s answer</translation>
    </message>
    <message>
        <source>Väntar på svar</source>
        <translation>Awaiting an answer</translation>
    </message>
    <message>
        <source>Kommunens s&amp;var:</source>
        <translation>The municipality&apos;s ans&amp;wer:</translation>
    </message>
    <message>
        <source>Kommunen svarade &amp;den</source>
        <translation>The municipality answered &amp;on</translation>
    </message>
    <message>
        <source>Datum för svaret</source>
        <translation>Date of the answer</translation>
    </message>
    <message>
        <source>Svarsdatum:</source>
        <translation>Date of answer:</translation>
    </message>
    <message>
        <source>Anteckningar om förfrågan</source>
        <translation>Notes on the referral</translation>
    </message>
    <message>
        <source>&amp;Anteckningar:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Kommunen är skyddad och visas inte. Låt valet vara för att behålla den, eller välj en annan.</source>
        <translation>The municipality is protected and not shown. Leave the choice as it is to keep it, or choose another.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Skapa valvet</source>
        <translation>Create the vault</translation>
    </message>
    <message>
        <source>Programmet mäter först hur tung nyckelhärledning datorn klarar och skapar sedan valvet. Det tar några sekunder.</source>
        <translation>The program first measures how much key derivation this computer can manage, then creates the vault. This takes a few seconds.</translation>
    </message>
    <message>
        <source>&amp;Skapa valvet</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>Valvet skapas</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <source>Mapp: {0}
Administratör: {1} ({2})</source>
        <translation>Folder: {0}
Administrator: {1} ({2})</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Nytt beslut</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>Beslutstyp</source>
        <translation>Decision type</translation>
    </message>
    <message>
        <source>&amp;Beslutstyp:</source>
        <translation>Decision &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Bifall</source>
        <translation>&amp;Granted</translation>
    </message>
    <message>
        <source>&amp;Avslag</source>
        <translation>&amp;Refused</translation>
    </message>
    <message>
        <source>Inget &amp;ja/nej</source>
        <translation>&amp;No yes/no</translation>
    </message>
    <message>
        <source>Bifall</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Avslag</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Beslut utan ja eller nej</source>
        <translation>Decision without yes or no</translation>
    </message>
    <message>
        <source>Utfall:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Beslutsdatum</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Beslutsda&amp;tum:</source>
        <translation>Decision d&amp;ate:</translation>
    </message>
    <message>
        <source>Beslutets innehåll</source>
        <translation>What was decided</translation>
    </message>
    <message>
        <source>&amp;Beslut:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Beslutsfattare</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Beslutat a&amp;v:</source>
        <translation>Decided &amp;by:</translation>
    </message>
    <message>
        <source>Gäller till och med</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Beslutet gäller till och med</source>
        <translation>The decision is valid until</translation>
    </message>
    <message>
        <source>Giltighet:</source>
        <translation>Validity:</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Handläggning</source>
        <translation>Case handling</translation>
    </message>
    <message>
        <source>Vem som handlägger ärendet, medföljande barn och anteckningar.</source>
        <translation>Who handles the case, children who follow, and notes.</translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation>Handlers</translation>
    </message>
    <message>
        <source>Användarnamn, åtskilda med kommatecken.</source>
        <translation>User names, separated by commas.</translation>
    </message>
    <message>
        <source>&amp;Handläggare:</source>
        <translation>&amp;Handlers:</translation>
    </message>
    <message>
        <source>D&amp;ela ärendet med {0}</source>
        <translation>&amp;Share the case with {0}</translation>
    </message>
    <message>
        <source>Då kan handläggare från {0} tilldelas ärendet och se det.</source>
        <translation>Handlers from {0} can then be assigned to the case and see it.</translation>
    </message>
    <message>
        <source>Antal medföljande barn</source>
        <translation>Number of children who follow</translation>
    </message>
    <message>
        <source>Antal &amp;barn:</source>
        <translation>Number of &amp;children:</translation>
    </message>
    <message>
        <source>Anteckningar om ärendet</source>
        <translation>Notes about the case</translation>
    </message>
    <message>
        <source>&amp;Anteckningar:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>DocumentFlows</name>
    <message>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Utskrift till fil är avstängd. Använd Spara som PDF, som frågar först och loggas.</source>
        <translation>Printing to a file is turned off. Use Save as PDF, which asks first and is logged.</translation>
    </message>
    <message>
        <source>Utskriften kunde inte göras. Kontrollera skrivaren.</source>
        <translation>The document could not be printed. Check the printer.</translation>
    </message>
    <message>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Filen kommer att innehålla personuppgifter okrypterat, utanför valvet. Spara den bara där det är tillåtet att lagra sådana uppgifter (inte i en delad eller molnsynkad mapp) och radera den när den inte längre behövs. Exporten loggas.</source>
        <translation>The file will hold personal data unencrypted, outside the vault. Save it only where such data may be stored (not in a shared or cloud-synchronised folder) and delete it when it is no longer needed. The export is logged.</translation>
    </message>
    <message>
        <source>Dokumentet innehåller skyddade personuppgifter.</source>
        <translation>The document contains protected personal data.</translation>
    </message>
    <message>
        <source>Vill du spara dokumentet som en PDF-fil?</source>
        <translation>Do you want to save the document as a PDF file?</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Bifoga skannat papper</source>
        <translation>Attach scanned paper</translation>
    </message>
    <message>
        <source>Dokumentet har redan en skanning. Vill du ersätta den?</source>
        <translation>The document already has a scan. Do you want to replace it?</translation>
    </message>
    <message>
        <source>Skannade papper (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scanned paper (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Filen är för stor: en skanning får vara högst {0} MB.</source>
        <translation>The file is too large: a scan may be at most {0} MB.</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas. Välj den igen.</source>
        <translation>The file could not be read. Choose it again.</translation>
    </message>
    <message>
        <source>Visa skanning</source>
        <translation>Show scan</translation>
    </message>
    <message>
        <source>Skanning – {0}</source>
        <translation>Scan – {0}</translation>
    </message>
    <message>
        <source>Arkivera</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Arkivera {0}? Ett arkiverat dokument kan inte längre skrivas ut, skrivas under eller få en ny skanning.</source>
        <translation>Archive {0}? An archived document can no longer be printed, signed or given a new scan.</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Dokumentnr</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Blankett</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Utskriven</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Underskriven</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Skanning</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>{0} ({1} ggr)</source>
        <translation>{0} ({1} times)</translation>
    </message>
    <message>
        <source>Bifogad</source>
        <translation>Attached</translation>
    </message>
    <message>
        <source>Skapad av {0}</source>
        <translation>Created by {0}</translation>
    </message>
    <message>
        <source>Senast utskriven av {0}</source>
        <translation>Last printed by {0}</translation>
    </message>
    <message>
        <source>Underskrivet av {0}</source>
        <translation>Signed by {0}</translation>
    </message>
    <message>
        <source>Arkiverad av {0}</source>
        <translation>Archived by {0}</translation>
    </message>
</context>
<context>
    <name>ErrorGuard</name>
    <message>
        <source>Ett oväntat fel inträffade ({0}). Inget har sparats av det som pågick.</source>
        <translation>An unexpected error occurred ({0}). Nothing of what was in progress has been saved.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Nytt byte med annan kommun</source>
        <translation>New exchange with another municipality</translation>
    </message>
    <message>
        <source>Ändra byte med annan kommun</source>
        <translation>Change exchange with another municipality</translation>
    </message>
    <message>
        <source>Riktning</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>&amp;Riktning:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>t.ex. Gävle</source>
        <translation>e.g. Gävle</translation>
    </message>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Förfrågan skickad</source>
        <translation>Referral sent</translation>
    </message>
    <message>
        <source>&amp;Förfrågan skickad:</source>
        <translation>&amp;Referral sent:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A&amp;nteckningar:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>FlatPage</name>
    <message>
        <source>Registrera &amp;lägenheten</source>
        <translation>Register the &amp;flat</translation>
    </message>
    <message>
        <source>Registrera &amp;hyresavtalet</source>
        <translation>Register the &amp;lease</translation>
    </message>
    <message>
        <source>Skäl till &amp;undantag från kvoten:</source>
        <translation>Reason for an &amp;exception to the quota:</translation>
    </message>
    <message>
        <source>Skäl till undantag från kvoten</source>
        <translation>Reason for an exception to the quota</translation>
    </message>
    <message>
        <source>Lägenheten som hyrs ut</source>
        <translation>The flat to let</translation>
    </message>
    <message>
        <source>Valfritt nu; kan läggas till i ärendet senare.</source>
        <translation>Optional now; can be added to the case later.</translation>
    </message>
    <message>
        <source>Nuvarande lägenhet och hyresavtal</source>
        <translation>Current flat and lease</translation>
    </message>
    <message>
        <source>Ett hyresavtal behöver en lägenhet: registrera lägenheten också.</source>
        <translation>A lease needs a flat: register the flat too.</translation>
    </message>
</context>
<context>
    <name>FlatStayDialog</name>
    <message>
        <source>Flytta in</source>
        <translation>Move in</translation>
    </message>
    <message>
        <source>Ändra plan</source>
        <translation>Change plan</translation>
    </message>
    <message>
        <source>Lägenhet:</source>
        <translation>Flat:</translation>
    </message>
    <message>
        <source>Inflyttningsdag</source>
        <translation>Move-in day</translation>
    </message>
    <message>
        <source>Ärendenummer för den som flyttar in</source>
        <translation>Case reference of the person moving in</translation>
    </message>
    <message>
        <source>Ä&amp;rende:</source>
        <translation>Ca&amp;se:</translation>
    </message>
    <message>
        <source>&amp;Inflyttning:</source>
        <translation>Moved &amp;in:</translation>
    </message>
    <message>
        <source>Inflyttning:</source>
        <translation>Moved in:</translation>
    </message>
    <message>
        <source>Planerad utflytt</source>
        <translation>Planned move-out</translation>
    </message>
    <message>
        <source>&amp;Planerad utflytt:</source>
        <translation>&amp;Planned move-out:</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>t.ex. Bostadssocialt kontrakt via boendekedjan</source>
        <translation>e.g. Social housing contract through the housing chain</translation>
    </message>
    <message>
        <source>&amp;Nästa steg:</source>
        <translation>&amp;Next step:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormOptionsDialog</name>
    <message>
        <source>Ny blankett – {0}</source>
        <translation>New form – {0}</translation>
    </message>
    <message>
        <source>&amp;Skapa</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Utfärdare</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>&amp;Utfärdare:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <source>Uppgifter som saknas</source>
        <translation>Missing information</translation>
    </message>
    <message>
        <source>Blanketten fylls i med uppgifterna i ärendet.</source>
        <translation>The form is filled in from the case.</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Det saknas:</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <source>Komplettera ärendet och försök igen. Ingen blankett har skapats eller sparats.</source>
        <translation>Complete the case and try again. No form has been created or stored.</translation>
    </message>
</context>
<context>
    <name>FormPickerDialog</name>
    <message>
        <source>Ny blankett</source>
        <translation>New form</translation>
    </message>
    <message>
        <source>&amp;Välj blankett:</source>
        <translation>&amp;Choose a form:</translation>
    </message>
    <message>
        <source>Blankett</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Utfärdare</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Blanketter</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>&amp;Nästa</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GlassDialog</name>
    <message>
        <source>Nödåtkomst till ett ärende</source>
        <translation>Emergency access to a case</translation>
    </message>
    <message>
        <source>Använd nödåtkomst bara när du måste se ett ärende som varken du eller ditt team handlägger, till exempel när klienten står framför dig och handläggaren inte går att nå. Skälet loggas, öppningen flaggas för granskning och ärendet är öppet för dig tills valvet låses.</source>
        <translation>Use emergency access only when you must see a case that neither you nor your team handles, for example when the client is in front of you and the handler cannot be reached. The reason is logged, the opening is flagged for review, and the case stays open to you until the vault is locked.</translation>
    </message>
    <message>
        <source>Ärendenummer</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>till exempel KV-2026-0042</source>
        <translation>for example KV-2026-0042</translation>
    </message>
    <message>
        <source>Ä&amp;rendenummer:</source>
        <translation>Case &amp;reference:</translation>
    </message>
    <message>
        <source>Skäl till nödåtkomst</source>
        <translation>Reason for emergency access</translation>
    </message>
    <message>
        <source>S&amp;käl:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>&amp;Öppna</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>HandlersDialog</name>
    <message>
        <source>Handläggare och delning</source>
        <translation>Handlers and sharing</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Handläggare i ärendet</source>
        <translation>&amp;Handlers of the case</translation>
    </message>
    <message>
        <source>Handläggare i ärendet</source>
        <translation>Handlers of the case</translation>
    </message>
    <message>
        <source>&amp;Ta bort ur ärendet</source>
        <translation>&amp;Remove from the case</translation>
    </message>
    <message>
        <source>Handläggare att tilldela</source>
        <translation>Handler to assign</translation>
    </message>
    <message>
        <source>T&amp;illdela</source>
        <translation>A&amp;ssign</translation>
    </message>
    <message>
        <source>Ärendet syns för handläggarna och för deras team. Handläggare från den andra organisationen kan tilldelas när ärendet är delat med den.</source>
        <translation>The case is visible to its handlers and their teams. Handlers from the other organisation can be assigned once the case is shared with it.</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Ärendet hör till {0} och är inte delat.</source>
        <translation>The case belongs to {0} and is not shared.</translation>
    </message>
    <message>
        <source>&amp;Dela med {0}</source>
        <translation>&amp;Share with {0}</translation>
    </message>
    <message>
        <source>Ärendet hör till {0} och är delat med {1}.</source>
        <translation>The case belongs to {0} and is shared with {1}.</translation>
    </message>
    <message>
        <source>Sluta &amp;dela med {0}</source>
        <translation>Stop &amp;sharing with {0}</translation>
    </message>
    <message>
        <source>inget team</source>
        <translation>no team</translation>
    </message>
    <message>
        <source>{0} — {1} ({2})</source>
        <translation>{0} — {1} ({2})</translation>
    </message>
    <message>
        <source>Lämna över ärendet</source>
        <translation>Hand the case over</translation>
    </message>
    <message>
        <source>När du tar bort dig själv ser varken du eller ditt team ärendet längre. Vill du lämna över det?</source>
        <translation>Once you remove yourself, neither you nor your team will see the case. Do you want to hand it over?</translation>
    </message>
    <message>
        <source>&amp;Lämna över</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HandoverReceiveDialog</name>
    <message>
        <source>Ta emot överlämning</source>
        <translation>Receive hand-over</translation>
    </message>
    <message>
        <source>Ingen fil vald.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Paketfil</source>
        <translation>Package file</translation>
    </message>
    <message>
        <source>&amp;Välj fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Läser paketet</source>
        <translation>Reading the package</translation>
    </message>
    <message>
        <source>Paketet tas inte emot</source>
        <translation>The package is refused</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Avsändare:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <source>Avsändarens fingeravtryck:</source>
        <translation>Sender&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>Förseglat:</source>
        <translation>Sealed:</translation>
    </message>
    <message>
        <source>Giltigt till:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>Ärendetyp:</source>
        <translation>Kind of case:</translation>
    </message>
    <message>
        <source>Avsändarens ärendenummer:</source>
        <translation>Sender&apos;s case reference:</translation>
    </message>
    <message>
        <source>Dokument:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>Vid import:</source>
        <translation>On import:</translation>
    </message>
    <message>
        <source>Personer:</source>
        <translation>Persons:</translation>
    </message>
    <message>
        <source>Personer i paketet</source>
        <translation>Persons in the package</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Skyddade uppgifter</source>
        <translation>Protected data</translation>
    </message>
    <message>
        <source>Välj överlämningspaket</source>
        <translation>Choose hand-over package</translation>
    </message>
    <message>
        <source>Överlämningar (*.skydd);;Alla filer (*)</source>
        <translation>Hand-overs (*.skydd);;All files (*)</translation>
    </message>
    <message>
        <source>Uppdaterar ärende {0}</source>
        <translation>Updates case {0}</translation>
    </message>
    <message>
        <source>Skapar ett nytt ärende</source>
        <translation>Creates a new case</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>HandoverSealDialog</name>
    <message>
        <source>Överlämna till annat valv</source>
        <translation>Hand over to another vault</translation>
    </message>
    <message>
        <source>Ärendet {0}, dess personer och dokument krypteras till det valv du väljer och signeras av det här valvet. Bara det valvet kan öppna filen. Spara den på ett flyttbart minne och lämna över minnet.</source>
        <translation>Case {0}, its persons and documents are encrypted to the vault you choose and signed by this vault. Only that vault can open the file. Save it on removable media and hand the media over.</translation>
    </message>
    <message>
        <source>(utan nummer)</source>
        <translation>(no reference)</translation>
    </message>
    <message>
        <source>Mottagande valv</source>
        <translation>Receiving vault</translation>
    </message>
    <message>
        <source>Mottagande &amp;valv:</source>
        <translation>Receiving &amp;vault:</translation>
    </message>
    <message>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Giltighet i dagar</source>
        <translation>Validity in days</translation>
    </message>
    <message>
        <source>Efter så många dagar tar det mottagande valvet inte emot paketet.</source>
        <translation>After this many days the receiving vault no longer accepts the package.</translation>
    </message>
    <message>
        <source>&amp;Giltigt i:</source>
        <translation>Valid &amp;for:</translation>
    </message>
    <message>
        <source>Svar på överlämningen</source>
        <translation>Answer to the hand-over</translation>
    </message>
    <message>
        <source>Det här valvet litar inte på något annat valv ännu. Be valvets administratör lägga till det mottagande valvet under Arkiv → Valvets identitet, efter att ha jämfört fingeravtrycket med det valvets administratör.</source>
        <translation>This vault trusts no other vault yet. Ask the vault&apos;s administrator to add the receiving vault under File → Vault identity, after comparing the fingerprint with that vault&apos;s administrator.</translation>
    </message>
    <message>
        <source>Sparar paketet</source>
        <translation>Saving the package</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Försegla och spara…</source>
        <translation>&amp;Seal and save…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Svar till {0}: uppdaterar deras ärende i stället för att skapa ett nytt</source>
        <translation>&amp;Answer to {0}: updates their case instead of creating a new one</translation>
    </message>
    <message>
        <source>Välj var paketet ska sparas (t.ex. ett USB-minne)</source>
        <translation>Choose where to save the package (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Ärendet är förseglat till {0} och sparat som
{1}

Filen är krypterad till {0}: bara det valvet kan öppna den, och det kan se att den kommer från det här valvet. Den gäller i {2} dagar. Lämna över minnet till mottagaren. Ärendet finns kvar här oförändrat.</source>
        <translation>The case is sealed to {0} and saved as
{1}

The file is encrypted to {0}: only that vault can open it, and it can tell that it comes from this vault. It is valid for {2} days. Hand the media over to the recipient. The case stays here unchanged.</translation>
    </message>
    <message>
        <source>Paketet är ett svar: {0} uppdaterar sitt ärende.</source>
        <translation>The package is an answer: {0} updates its case.</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>{0}
Paketet är förseglat men inte sparat. Välj en annan plats och försök igen.</source>
        <translation>{0}
The package is sealed but not saved. Choose another place and try again.</translation>
    </message>
</context>
<context>
    <name>HousingFirstWaitsLabel</name>
    <message>
        <source>Väntetider i Bostad först</source>
        <translation>Waiting times in Housing First</translation>
    </message>
    <message>
        <source>Bostad först: ingen väntar på lägenhet.</source>
        <translation>Housing First: no one is waiting for a flat.</translation>
    </message>
    <message>
        <source>1 väntar på lägenhet</source>
        <translation>1 waiting for a flat</translation>
    </message>
    <message>
        <source>{0} väntar på lägenhet</source>
        <translation>{0} waiting for a flat</translation>
    </message>
    <message>
        <source>Bostad först: {0}. Median {1} dagar, längst {2} dagar ({3}).</source>
        <translation>Housing First: {0}. Median {1} days, longest {2} days ({3}).</translation>
    </message>
</context>
<context>
    <name>IdentityCardFlow</name>
    <message>
        <source>Identitetskort</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Exportera identitetskort</source>
        <translation>Export identity card</translation>
    </message>
    <message>
        <source>Identitetskort (*.txt);;Alla filer (*)</source>
        <translation>Identity cards (*.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Valvets identitet</source>
        <translation>Vault identity</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Skapa valvets identitet</source>
        <translation>Create the vault&apos;s identity</translation>
    </message>
    <message>
        <source>Valvet har ingen identitet ännu. Den behövs för att skicka och ta emot förseglade överlämningar med ett annat valv. Ge valvet ett namn som det andra valvets administratör känner igen. Namnet står på identitetskortet och kan inte ändras efteråt.</source>
        <translation>The vault has no identity yet. It is needed to send and receive sealed hand-overs with another vault. Give the vault a name the other vault&apos;s administrator recognises. The name is on the identity card and cannot be changed later.</translation>
    </message>
    <message>
        <source>t.ex. {0}</source>
        <translation>e.g. {0}</translation>
    </message>
    <message>
        <source>Valvets namn</source>
        <translation>Vault name</translation>
    </message>
    <message>
        <source>Valvets &amp;namn:</source>
        <translation>Vault &amp;name:</translation>
    </message>
    <message>
        <source>S&amp;kapa identitet</source>
        <translation>Crea&amp;te identity</translation>
    </message>
    <message>
        <source>Identitetskort</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Fingeravtryck (läs upp i grupper om fem siffror):</source>
        <translation>Fingerprint (read aloud in groups of five digits):</translation>
    </message>
    <message>
        <source>Fingeravtryck</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Kortet innehåller bara offentliga nycklar. Ge det till det andra valvets administratör, som jämför fingeravtrycket med dig i telefon eller på papper.</source>
        <translation>The card holds public keys only. Give it to the other vault&apos;s administrator, who compares the fingerprint with you by phone or on paper.</translation>
    </message>
    <message>
        <source>Skriv &amp;ut kortet…</source>
        <translation>&amp;Print the card…</translation>
    </message>
    <message>
        <source>&amp;Exportera kortet…</source>
        <translation>&amp;Export the card…</translation>
    </message>
    <message>
        <source>Spara kortet som textfil att föra över till det andra valvet</source>
        <translation>Save the card as a text file to carry to the other vault</translation>
    </message>
    <message>
        <source>Betrodda valv</source>
        <translation>Trusted vaults</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tillagt</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Inga andra valv är tillagda. Lägg till det valv ni ska utbyta ärenden med.</source>
        <translation>No other vaults are added. Add the vault you will exchange cases with.</translation>
    </message>
    <message>
        <source>&amp;Lägg till valv…</source>
        <translation>&amp;Add vault…</translation>
    </message>
    <message>
        <source>Läs in det andra valvets identitetskort och jämför fingeravtrycket</source>
        <translation>Read the other vault&apos;s identity card and compare the fingerprint</translation>
    </message>
    <message>
        <source>Valvets identitet är skapad. Skriv ut eller exportera kortet och jämför fingeravtrycket med det andra valvets administratör.</source>
        <translation>The vault&apos;s identity is created. Print or export the card and compare the fingerprint with the other vault&apos;s administrator.</translation>
    </message>
    <message>
        <source>Kortet är sparat som {0}. Filen innehåller bara offentliga nycklar.</source>
        <translation>The card is saved as {0}. The file holds public keys only.</translation>
    </message>
    <message>
        <source>{0} är tillagt som betrott valv.</source>
        <translation>{0} is added as a trusted vault.</translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <source>Skanning – {0}</source>
        <translation>Scan – {0}</translation>
    </message>
    <message>
        <source>Skannat papper</source>
        <translation>Scanned paper</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Bilden kunde inte visas.</source>
        <translation>The image could not be shown.</translation>
    </message>
</context>
<context>
    <name>InformationSheetFlow</name>
    <message>
        <source>Informationsblad</source>
        <translation>Information sheet</translation>
    </message>
</context>
<context>
    <name>JointAssessmentDialog</name>
    <message>
        <source>Gemensam bedömning om övertagande</source>
        <translation>Joint takeover assessment</translation>
    </message>
    <message>
        <source>Hyresvärden, förstahandshyresgästen och hyresgästen bedömer tillsammans om hyresgästen tar över förstahandskontraktet. Bedömningen grundar sig bara på hur hyresförhållandet har skötts. Prövotiden löper ut {0}.</source>
        <translation>The landlord, the first-hand tenant and the tenant assess together whether the tenant takes over the first-hand lease. The assessment rests only on how the tenancy has been kept. The trial period ends on {0}.</translation>
    </message>
    <message>
        <source>Datum för bedömningen</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Tar över förstahandskontraktet</source>
        <translation>&amp;Takes over the first-hand lease</translation>
    </message>
    <message>
        <source>&amp;Prövotiden förlängs</source>
        <translation>Trial &amp;period extended</translation>
    </message>
    <message>
        <source>&amp;Avslutas utan övertagande</source>
        <translation>&amp;Ends without takeover</translation>
    </message>
    <message>
        <source>Utfall:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Förlängning i månader</source>
        <translation>Extension in months</translation>
    </message>
    <message>
        <source>&amp;Förlängs med:</source>
        <translation>E&amp;xtended by:</translation>
    </message>
    <message>
        <source>Vilka som gjorde bedömningen</source>
        <translation>Who made the assessment</translation>
    </message>
    <message>
        <source>&amp;Bedömd av:</source>
        <translation>Assessed &amp;by:</translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>&amp;Motivering:</source>
        <translation>&amp;Justification:</translation>
    </message>
</context>
<context>
    <name>KeyLossDialog</name>
    <message>
        <source>Anmäl förlorade nycklar</source>
        <translation>Report lost keys</translation>
    </message>
    <message>
        <source>Förlorade nycklar, taggar eller kort gör att låset måste bytas innan nya nycklar lämnas ut.</source>
        <translation>Lost keys, tags or cards mean the lock must be changed before new keys are handed out.</translation>
    </message>
    <message>
        <source>&amp;Vem hade nycklarna:</source>
        <translation>&amp;Who had the keys:</translation>
    </message>
    <message>
        <source>Datum för förlusten</source>
        <translation>Date of the loss</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Förlorade nycklar</source>
        <translation>Lost keys</translation>
    </message>
    <message>
        <source>&amp;Förlorade:</source>
        <translation>&amp;Lost:</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
</context>
<context>
    <name>KeyRowsEditor</name>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Märkning</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Låssystem</source>
        <translation>Lock system</translation>
    </message>
    <message>
        <source>Serie</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Nycklar</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Lägg till rad</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Ta bort rad</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Nyckelrader kan inte anges i den här versionen.</source>
        <translation>Key rows cannot be entered in this version.</translation>
    </message>
    <message>
        <source>Typ, rad {0}</source>
        <translation>Type, row {0}</translation>
    </message>
    <message>
        <source>Antal, rad {0}</source>
        <translation>Count, row {0}</translation>
    </message>
</context>
<context>
    <name>KeySetDialog</name>
    <message>
        <source>Nyckeluppsättning – lägenhet {0}</source>
        <translation>Key set – flat {0}</translation>
    </message>
    <message>
        <source>En rad per sort: typ, märkning, låssystem, serienummer och hur många som finns. Kvittenser fylls från registret.</source>
        <translation>One row per sort: type, marking, lock system, series number and how many there are. Receipts are filled from the registry.</translation>
    </message>
    <message>
        <source>Nyckeluppsättning</source>
        <translation>Key set</translation>
    </message>
    <message>
        <source>&amp;Nycklar, taggar och kort:</source>
        <translation>&amp;Keys, tags and cards:</translation>
    </message>
    <message>
        <source>På kontoret</source>
        <translation>At the office</translation>
    </message>
    <message>
        <source>Nya nycklar finns &amp;hos:</source>
        <translation>New keys are &amp;with:</translation>
    </message>
    <message>
        <source>Välj hyresgästen om nycklarna lämnades ut innan de registrerades här (till exempel den gamla lägenhetens nycklar).</source>
        <translation>Choose the tenant if the keys were handed out before they were registered here (the old flat&apos;s keys, for example).</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Vilket slags ärende?</source>
        <translation>What kind of case?</translation>
    </message>
    <message>
        <source>Sidorna som följer anpassas efter ärendetypen.</source>
        <translation>The pages that follow depend on the kind of case.</translation>
    </message>
    <message>
        <source>Nexus begär att en hyresgäst hos Uppsalahem som utsätts för våld får flytta till en likvärdig bostad; Kundvårdsgruppen beviljar eller avslår.</source>
        <translation>Nexus asks that an Uppsalahem tenant exposed to violence may move to an equivalent flat; the customer care group grants or refuses.</translation>
    </message>
    <message>
        <source>Uppsalahem hyr ut en lägenhet i andra hand till Uppsala Kvinnojour (upp till två lägenheter per år).</source>
        <translation>Uppsalahem sublets a flat to Uppsala Kvinnojour, the women&apos;s shelter (up to two flats a year).</translation>
    </message>
    <message>
        <source>En klient som lämnar skyddat boende eller en utslussningslägenhet får ett bostadssocialt kontrakt och kan senare ta över förstahandskontraktet.</source>
        <translation>A client leaving sheltered housing or a transition flat gets a social housing contract and may later take over the first-hand lease.</translation>
    </message>
    <message>
        <source>En placering i skyddat boende avslutas; vart klienten flyttar och medföljande barn registreras.</source>
        <translation>A placement in sheltered housing ends; where the client moves and the children who follow are recorded.</translation>
    </message>
    <message>
        <source>En medhyresgäst, make, maka eller sambo som utsatts för våld tar över hyresavtalet (12 kap. 47 § jordabalken).</source>
        <translation>A co-tenant, spouse or cohabitant exposed to violence takes over the lease (chapter 12, section 47 of the Land Code).</translation>
    </message>
    <message>
        <source>Förtur i bostadskön efter en individuell behovsbedömning mot öppna kriterier.</source>
        <translation>Priority in the housing queue after an individual needs assessment against published criteria.</translation>
    </message>
    <message>
        <source>Våldsutövaren flyttar så att den våldsutsatta kan bo kvar – bara vid låg risk och om våldsutövaren inte söker upp den våldsutsatta.</source>
        <translation>The perpetrator moves so that the victim can stay – only at low risk and if the perpetrator does not seek the victim out.</translation>
    </message>
    <message>
        <source>Klienten behöver en lägenhet i en annan kommun i Uppsala län; förfrågan går genom samverkansavtalet Länskompotten.</source>
        <translation>The client needs a flat in another municipality in Uppsala County; the referral goes through the Länskompotten collaboration agreement.</translation>
    </message>
    <message>
        <source>Insatsen är beviljad och klienten väntar på en egen lägenhet; väntetiden räknas från beslutet, och byten med andra kommuner kan registreras.</source>
        <translation>The intervention is granted and the client waits for a flat of her own; the waiting time is counted from the decision, and exchanges with other municipalities can be recorded.</translation>
    </message>
</context>
<context>
    <name>LeaseDialog</name>
    <message>
        <source>Redigera hyresavtal</source>
        <translation>Edit lease</translation>
    </message>
    <message>
        <source>Nytt hyresavtal</source>
        <translation>New lease</translation>
    </message>
    <message>
        <source>Skäl till undantag från kvoten</source>
        <translation>Reason for an exception to the quota</translation>
    </message>
    <message>
        <source>Skäl till &amp;undantag:</source>
        <translation>Reason for the &amp;exception:</translation>
    </message>
</context>
<context>
    <name>LeaseForm</name>
    <message>
        <source>Kontraktsnummer</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>&amp;Kontraktsnummer:</source>
        <translation>&amp;Contract number:</translation>
    </message>
    <message>
        <source>Lägenhet</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>&amp;Lägenhet:</source>
        <translation>&amp;Flat:</translation>
    </message>
    <message>
        <source>Hyresgäster:</source>
        <translation>Tenants:</translation>
    </message>
    <message>
        <source>Kontraktstyp</source>
        <translation>Contract type</translation>
    </message>
    <message>
        <source>Kontrakts&amp;typ:</source>
        <translation>Contract &amp;type:</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>&amp;Startdatum:</source>
        <translation>St&amp;art date:</translation>
    </message>
    <message>
        <source>Avtalsstatus</source>
        <translation>Lease status</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Uppsagt den</source>
        <translation>Notice given on</translation>
    </message>
    <message>
        <source>Uppsägningsdatum</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <source>Uppsägning:</source>
        <translation>Notice:</translation>
    </message>
    <message>
        <source>Avtalet upphör:</source>
        <translation>The lease ends:</translation>
    </message>
    <message>
        <source>Hyresgäst: {0}</source>
        <translation>Tenant: {0}</translation>
    </message>
    <message>
        <source>Ärendet har inga personer ännu.</source>
        <translation>The case has no persons yet.</translation>
    </message>
    <message>
        <source>– (ingen uppsägning registrerad)</source>
        <translation>– (no notice registered)</translation>
    </message>
    <message>
        <source>{0} (12 kap. 4 § jordabalken)</source>
        <translation>{0} (chapter 12, section 4 of the Land Code)</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Var ska valvet ligga?</source>
        <translation>Where should the vault be kept?</translation>
    </message>
    <message>
        <source>Valvet är en mapp med den krypterade databasen och nyckelfilen. Välj en tom eller ny mapp på den här datorn.</source>
        <translation>The vault is a folder holding the encrypted database and the key file. Choose an empty or new folder on this computer.</translation>
    </message>
    <message>
        <source>Valvets mapp</source>
        <translation>Vault folder</translation>
    </message>
    <message>
        <source>&amp;Bläddra…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Välj mapp</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <source>&amp;Mapp:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Ersätter datorn en som har gått förlorad? Återställ då valvet från en säkerhetskopia i stället för att skapa ett nytt. Det återställs i mappen ovan, som inte får finnas sedan tidigare.</source>
        <translation>Does this computer replace one that was lost? Then restore the vault from a backup instead of creating a new one. It is restored into the folder above, which must not exist yet.</translation>
    </message>
    <message>
        <source>Åte&amp;rställ från säkerhetskopia…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Ange hela sökvägen till mappen.</source>
        <translation>Enter the full path of the folder.</translation>
    </message>
    <message>
        <source>Det finns redan ett valv i mappen; välj en annan mapp.</source>
        <translation>There is already a vault in this folder; choose another folder.</translation>
    </message>
    <message>
        <source>Mappen är inte tom; välj en tom eller ny mapp.</source>
        <translation>The folder is not empty; choose an empty or new folder.</translation>
    </message>
    <message>
        <source>Ange mappen som valvet ska återställas i.</source>
        <translation>Enter the folder to restore the vault into.</translation>
    </message>
    <message>
        <source>Mappen {0} finns redan. En återställning gör alltid en ny mapp och skriver aldrig i en befintlig: ange en mapp som inte finns ännu, till exempel {1}.</source>
        <translation>The folder {0} already exists. A restore always makes a new folder and never writes into an existing one: enter a folder that does not exist yet, for example {1}.</translation>
    </message>
    <message>
        <source>Välj mapp för valvet</source>
        <translation>Choose a folder for the vault</translation>
    </message>
</context>
<context>
    <name>LockChangeDoneDialog</name>
    <message>
        <source>Låsbyte utfört</source>
        <translation>Lock change done</translation>
    </message>
    <message>
        <source>De gamla nycklarna slutar gälla. Nyckeluppsättningen registreras med samma sorter och antal i den nya serien; ändra den efteråt om det behövs.</source>
        <translation>The old keys stop working. The key set is registered with the same sorts and counts in the new series; change it afterwards if needed.</translation>
    </message>
    <message>
        <source>Datum för låsbytet</source>
        <translation>Date of the lock change</translation>
    </message>
    <message>
        <source>&amp;Utfört den:</source>
        <translation>&amp;Done on:</translation>
    </message>
    <message>
        <source>Ny nyckelserie</source>
        <translation>New key series</translation>
    </message>
    <message>
        <source>&amp;Ny nyckelserie:</source>
        <translation>&amp;New key series:</translation>
    </message>
</context>
<context>
    <name>LockChangeRequiredDialog</name>
    <message>
        <source>Kräv låsbyte</source>
        <translation>Require lock change</translation>
    </message>
    <message>
        <source>Till exempel när våldsutövaren kan ha nycklar. Inga nycklar till lägenheten lämnas ut förrän låsbytet är registrerat som utfört.</source>
        <translation>For example when the perpetrator may hold keys. No keys to the flat are handed out until the lock change is recorded as done.</translation>
    </message>
    <message>
        <source>&amp;Skäl:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Skriv inga namn</source>
        <translation>Write no names</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>skyddsapp — skrivskyddat</source>
        <translation>skyddsapp — read-only</translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>&amp;Nytt ärende…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;Stäng ärende</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <source>&amp;Verifiera papper…</source>
        <translation>&amp;Verify paper…</translation>
    </message>
    <message>
        <source>Skriv &amp;ut informationsblad…</source>
        <translation>&amp;Print information sheet…</translation>
    </message>
    <message>
        <source>&amp;Gallring…</source>
        <translation>&amp;Retention…</translation>
    </message>
    <message>
        <source>Av&amp;tal…</source>
        <translation>Agree&amp;ments…</translation>
    </message>
    <message>
        <source>Valvets i&amp;dentitet…</source>
        <translation>Vault i&amp;dentity…</translation>
    </message>
    <message>
        <source>Ta &amp;emot överlämning…</source>
        <translation>Receive &amp;hand-over…</translation>
    </message>
    <message>
        <source>Nöd&amp;åtkomst till ärende…</source>
        <translation>&amp;Emergency access to a case…</translation>
    </message>
    <message>
        <source>Säkerhets&amp;kopiera…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Granskningsl&amp;ogg…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>Användare och tea&amp;m…</source>
        <translation>&amp;Users and teams…</translation>
    </message>
    <message>
        <source>Säkerhetsko&amp;pior…</source>
        <translation>Bac&amp;kups…</translation>
    </message>
    <message>
        <source>Åte&amp;rställ från säkerhetskopia…</source>
        <translation>Res&amp;tore from backup…</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Brukarundersökning…</source>
        <translation>&amp;Client survey…</translation>
    </message>
    <message>
        <source>Å&amp;rsuppföljning…</source>
        <translation>&amp;Yearly follow-up…</translation>
    </message>
    <message>
        <source>Ä&amp;renden</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>Att &amp;göra</source>
        <translation>&amp;To do</translation>
    </message>
    <message>
        <source>Utsluss- och &amp;jourlägenheter</source>
        <translation>Transition and &amp;emergency flats</translation>
    </message>
    <message>
        <source>&amp;Sök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Uppföljning</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <source>&amp;Om skyddsapp…</source>
        <translation>&amp;About skyddsapp…</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Inloggad: {0} ({1})</source>
        <translation>Signed in: {0} ({1})</translation>
    </message>
    <message>
        <source>Valv: {0}</source>
        <translation>Vault: {0}</translation>
    </message>
    <message>
        <source>Skrivskyddat</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Valvet är skrivskyddat: det går att läsa men inte ändra. Skyddade uppgifter kan inte visas, eftersom visningen inte kan loggas.</source>
        <translation>The vault is read-only: it can be read but not changed. Protected data cannot be shown, because showing it cannot be logged.</translation>
    </message>
    <message>
        <source>Låses om {0}:{1:02d}</source>
        <translation>Locks in {0}:{1:02d}</translation>
    </message>
    <message>
        <source>Lägenheter</source>
        <translation>Flats</translation>
    </message>
    <message>
        <source>Utsluss- och jourlägenheter</source>
        <translation>Transition and emergency flats</translation>
    </message>
    <message>
        <source>Ärende {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <source>Ärendet är överlämnat och har stängts.</source>
        <translation>The case has been handed over and was closed.</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <source>Visa</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Visa uppgiften: du anger ett skäl och visningen loggas ({0})</source>
        <translation>Show the detail: you give a reason and the look is logged ({0})</translation>
    </message>
    <message>
        <source>Visa {0}</source>
        <translation>Show {0}</translation>
    </message>
    <message>
        <source>Kopiera</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Kopiera; urklippet töms efter 30 sekunder ({0})</source>
        <translation>Copy; the clipboard is cleared after 30 seconds ({0})</translation>
    </message>
    <message>
        <source>Kopiera {0}</source>
        <translation>Copy {0}</translation>
    </message>
    <message>
        <source>–  (saknas)</source>
        <translation>–  (none)</translation>
    </message>
    <message>
        <source>Dold uppgift; välj Visa och ange ett skäl.</source>
        <translation>Hidden detail; choose Show and give a reason.</translation>
    </message>
    <message>
        <source>Dölj</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>Registrera utflytt</source>
        <translation>Record move-out</translation>
    </message>
    <message>
        <source>Lägenhet:</source>
        <translation>Flat:</translation>
    </message>
    <message>
        <source>Inflyttning {0}, planerad utflytt {1}. Lägenheten står ledig från utflytten.</source>
        <translation>Moved in {0}, planned move-out {1}. The flat stands free from the move-out.</translation>
    </message>
    <message>
        <source>Utflyttningsdag</source>
        <translation>Move-out day</translation>
    </message>
    <message>
        <source>&amp;Utflyttning:</source>
        <translation>Moved &amp;out:</translation>
    </message>
</context>
<context>
    <name>NewCaseWizard</name>
    <message>
        <source>Nytt ärende</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Tillbaka</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Skapa ärendet</source>
        <translation>&amp;Create case</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ärendetyp: {0}</source>
        <translation>Kind of case: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Lägenhet: {0}</source>
        <translation>Flat: {0}</translation>
    </message>
    <message>
        <source>Hyresavtal: {0} ({1})</source>
        <translation>Lease: {0} ({1})</translation>
    </message>
    <message>
        <source>Handläggare: {0}</source>
        <translation>Handlers: {0}</translation>
    </message>
    <message>
        <source>Medföljande barn: {0}</source>
        <translation>Children who follow: {0}</translation>
    </message>
</context>
<context>
    <name>NewPassphraseWidget</name>
    <message>
        <source>Ny lösenfras</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Bekräfta lösenfrasen</source>
        <translation>Confirm the passphrase</translation>
    </message>
    <message>
        <source>&amp;Visa lösenfrasen</source>
        <translation>&amp;Show passphrase</translation>
    </message>
    <message>
        <source>Visa lösenfrasen</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>Lösenfrasens styrka</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>&amp;Lösenfras:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Bekräfta:</source>
        <translation>C&amp;onfirm:</translation>
    </message>
    <message>
        <source>Styrka:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>{0} – godkänd</source>
        <translation>{0} – accepted</translation>
    </message>
    <message>
        <source>{0} – inte godkänd</source>
        <translation>{0} – not accepted</translation>
    </message>
    <message>
        <source>Lösenfraserna är inte lika.</source>
        <translation>The passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>NewTeamDialog</name>
    <message>
        <source>Nytt team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Teamets namn</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>t.ex. Team Norr</source>
        <translation>e.g. Team North</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Medlemmarna i ett team ser varandras ärenden. Ett team hör till en organisation; det går inte att byta senare.</source>
        <translation>The members of a team see each other&apos;s cases. A team belongs to one organisation; this cannot be changed later.</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Ny användare</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>t.ex. anna.svensson</source>
        <translation>e.g. anna.svensson</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>t.ex. Anna Svensson</source>
        <translation>e.g. Anna Svensson</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Användarnamn:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Det finns redan en användare med användarnamnet {0}.</source>
        <translation>There is already a user with the user name {0}.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Registrera uppsägning</source>
        <translation>Register notice</translation>
    </message>
    <message>
        <source>Ange dagen då uppsägningen togs emot eller skickades.</source>
        <translation>Enter the day the notice was received or posted.</translation>
    </message>
    <message>
        <source>Uppsägningsdatum</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <source>&amp;Uppsägningsdatum:</source>
        <translation>&amp;Notice date:</translation>
    </message>
    <message>
        <source>Beräknat slutdatum</source>
        <translation>Computed end date</translation>
    </message>
    <message>
        <source>Avtalet upphör:</source>
        <translation>The lease ends:</translation>
    </message>
    <message>
        <source>{0} (12 kap. 4 § jordabalken)</source>
        <translation>{0} (chapter 12, section 4 of the Land Code)</translation>
    </message>
</context>
<context>
    <name>OldFlatBox</name>
    <message>
        <source>Den gamla lägenheten {0}</source>
        <translation>The old flat {0}</translation>
    </message>
    <message>
        <source>Hyresavtal:</source>
        <translation>Lease:</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Uppsägningstiden löper till:</source>
        <translation>Notice period runs until:</translation>
    </message>
    <message>
        <source>{0} (12 kap. 4 § jordabalken)</source>
        <translation>{0} (chapter 12, section 4 of the Land Code)</translation>
    </message>
    <message>
        <source>– (ingen uppsägning registrerad)</source>
        <translation>– (no notice registered)</translation>
    </message>
    <message>
        <source>Visningsstopp:</source>
        <translation>Showing embargo:</translation>
    </message>
    <message>
        <source>Kvar för den gamla lägenheten:</source>
        <translation>Still open for the old flat:</translation>
    </message>
    <message>
        <source>Den gamla lägenheten är avvecklad: avtalet har upphört och utfallet är registrerat.</source>
        <translation>The old flat is settled: the lease has ended and the outcome is recorded.</translation>
    </message>
    <message>
        <source>Kvar för den gamla lägenheten</source>
        <translation>Still open for the old flat</translation>
    </message>
    <message>
        <source>Ändra u&amp;tfall …</source>
        <translation>Change ou&amp;tcome …</translation>
    </message>
    <message>
        <source>Registrera u&amp;tfall …</source>
        <translation>Record ou&amp;tcome …</translation>
    </message>
    <message>
        <source>Beräknas när uppsägningen registreras</source>
        <translation>Computed when the notice is registered</translation>
    </message>
    <message>
        <source>Får annonseras eller visas från {0}: beräknat som dagen efter att uppsägningstiden för hyresavtal {1} (uppsagt {2}) löper ut</source>
        <translation>May be advertised or shown from {0}: computed as the day after the notice period of lease {1} (notice given {2}) ends</translation>
    </message>
    <message>
        <source>Senare datum satt för hand: {0}</source>
        <translation>Later date set by hand: {0}</translation>
    </message>
    <message>
        <source>Utfall:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Inte registrerat</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Vakant från:</source>
        <translation>Vacant from:</translation>
    </message>
    <message>
        <source>Uthyrd från:</source>
        <translation>Let again from:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Vakansdagar:</source>
        <translation>Vacancy days:</translation>
    </message>
    <message>
        <source>{0} (hittills)</source>
        <translation>{0} (so far)</translation>
    </message>
    <message>
        <source>Hyresförlust:</source>
        <translation>Lost rent:</translation>
    </message>
    <message>
        <source>{0} kr (månadshyra {1} kr × 12 / 365 × {2} dagar)</source>
        <translation>SEK {0} (monthly rent SEK {1} × 12 / 365 × {2} days)</translation>
    </message>
    <message>
        <source>Fri från störningar:</source>
        <translation>Free from disturbances:</translation>
    </message>
    <message>
        <source>Bedömning:</source>
        <translation>Assessment:</translation>
    </message>
    <message>
        <source>Registrerat av:</source>
        <translation>Recorded by:</translation>
    </message>
    <message>
        <source>Inte besvarat</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>OldFlatOutcomeDialog</name>
    <message>
        <source>Utfall för den gamla lägenheten</source>
        <translation>Outcome for the old flat</translation>
    </message>
    <message>
        <source>Lägenhet {0}, hyresavtal {1}: {2}.</source>
        <translation>Flat {0}, lease {1}: {2}.</translation>
    </message>
    <message>
        <source>upphör {0}</source>
        <translation>ends on {0}</translation>
    </message>
    <message>
        <source>ingen uppsägning registrerad</source>
        <translation>no notice registered</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Utfall:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Vakant från</source>
        <translation>Vacant from</translation>
    </message>
    <message>
        <source>&amp;Vakant från:</source>
        <translation>&amp;Vacant from:</translation>
    </message>
    <message>
        <source>Uthyrd igen eller kontraktet börjar den</source>
        <translation>Let again, or the contract starts, on</translation>
    </message>
    <message>
        <source>Uthyrd från</source>
        <translation>Let again from</translation>
    </message>
    <message>
        <source>Uthyrd &amp;från:</source>
        <translation>Let again &amp;from:</translation>
    </message>
    <message>
        <source>Inte besvarat</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Ja, lägenheten har inte haft störningar</source>
        <translation>Yes, the flat has had no disturbances</translation>
    </message>
    <message>
        <source>Nej, lägenheten har haft störningar</source>
        <translation>No, the flat has had disturbances</translation>
    </message>
    <message>
        <source>Fri från störningar</source>
        <translation>Free from disturbances</translation>
    </message>
    <message>
        <source>Fri från &amp;störningar:</source>
        <translation>Free from &amp;disturbances:</translation>
    </message>
    <message>
        <source>Bedömning att det är tryggt</source>
        <translation>Assessment that it is safe</translation>
    </message>
    <message>
        <source>&amp;Bedömning:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>Vid ny uthyrning: bedömningen att det är tryggt för klienten. Kommunen kan erbjudas lägenheten enligt kvotavtalet bara om den inte har haft störningar.</source>
        <translation>When the flat is let again: the assessment that it is safe for the client. The flat can be offered to the municipality under the quota agreement only if it has had no disturbances.</translation>
    </message>
    <message>
        <source>Vakansdagar och hyresförlust</source>
        <translation>Vacancy days and lost rent</translation>
    </message>
    <message>
        <source>Vakans:</source>
        <translation>Vacancy:</translation>
    </message>
    <message>
        <source>{0} dagar, hyresförlust {1} kr (månadshyra {2} kr × 12 / 365 × {0} dagar)</source>
        <translation>{0} days, lost rent SEK {1} (monthly rent SEK {2} × 12 / 365 × {0} days)</translation>
    </message>
</context>
<context>
    <name>OptionInput</name>
    <message>
        <source>Ange datum</source>
        <translation>Give a date</translation>
    </message>
    <message>
        <source>– Välj –</source>
        <translation>– Choose –</translation>
    </message>
    <message>
        <source>– Inget att välja –</source>
        <translation>– Nothing to choose –</translation>
    </message>
</context>
<context>
    <name>OthersPage</name>
    <message>
        <source>Övriga personer</source>
        <translation>Other persons</translation>
    </message>
    <message>
        <source>Valfritt: medhyresgäst, ombud med fullmakt eller kontaktperson.</source>
        <translation>Optional: co-tenant, agent with power of attorney or contact person.</translation>
    </message>
    <message>
        <source>Övriga personer i ärendet</source>
        <translation>Other persons in the case</translation>
    </message>
    <message>
        <source>&amp;Personer:</source>
        <translation>&amp;Persons:</translation>
    </message>
    <message>
        <source>&amp;Lägg till person …</source>
        <translation>&amp;Add person …</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
</context>
<context>
    <name>OutsideUppsalaDialog</name>
    <message>
        <source>Behöver bo utanför Uppsala</source>
        <translation>Needs to live outside Uppsala</translation>
    </message>
    <message>
        <source>Klienten behöver bo utanför Uppsala av säkerhetsskäl, till exempel för att våldsutövaren söker upp henne eller finns där hon vill vistas. Skälet visas i ärendet men skrivs aldrig ut och hamnar aldrig i loggen.</source>
        <translation>The client needs to live outside Uppsala for safety reasons, for instance because the perpetrator seeks her out or is where she wants to be. The reason is shown in the case but is never printed and never goes into the log.</translation>
    </message>
    <message>
        <source>Skälet till att klienten behöver bo utanför Uppsala</source>
        <translation>Why the client needs to live outside Uppsala</translation>
    </message>
    <message>
        <source>S&amp;käl:</source>
        <translation>Rea&amp;son:</translation>
    </message>
</context>
<context>
    <name>PageAction</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Lägg till befintlig person</source>
        <translation>Add existing person</translation>
    </message>
    <message>
        <source>Roll i ärendet</source>
        <translation>Role in the case</translation>
    </message>
    <message>
        <source>&amp;Roll i ärendet:</source>
        <translation>&amp;Role in the case:</translation>
    </message>
    <message>
        <source>Bor i ärendets lägenhet</source>
        <translation>Lives in the case&apos;s flat</translation>
    </message>
    <message>
        <source>Välj en person i listan.</source>
        <translation>Choose a person in the list.</translation>
    </message>
</context>
<context>
    <name>PartyPage</name>
    <message>
        <source>&amp;Ny person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <source>&amp;Befintlig person</source>
        <translation>&amp;Existing person</translation>
    </message>
    <message>
        <source>&amp;Ingen uppgift</source>
        <translation>Not &amp;known</translation>
    </message>
    <message>
        <source>Klienten</source>
        <translation>The client</translation>
    </message>
    <message>
        <source>Den våldsutsatta som ärendet gäller.</source>
        <translation>The person exposed to violence whom the case is about.</translation>
    </message>
    <message>
        <source>Klienten bor i ärendets nuvarande lägenhet</source>
        <translation>The client lives in the case&apos;s current flat</translation>
    </message>
    <message>
        <source>Våldsutövaren</source>
        <translation>The perpetrator</translation>
    </message>
    <message>
        <source>Valfritt, men behövs för att bedöma övertagande.</source>
        <translation>Optional, but needed to assess a takeover of the lease.</translation>
    </message>
    <message>
        <source>Den som ska flytta.</source>
        <translation>The person who is to move.</translation>
    </message>
    <message>
        <source>Våldsutövaren bor kvar i lägenheten</source>
        <translation>The perpetrator still lives in the flat</translation>
    </message>
    <message>
        <source>Välj en person i listan, eller välj Ny person.</source>
        <translation>Choose a person in the list, or choose New person.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Välj en lösenfras på minst 12 tecken som är svår att gissa, till exempel fyra ovanliga ord. Den kan inte återskapas om den glöms bort.</source>
        <translation>Choose a passphrase of at least 12 characters that is hard to guess, for example four uncommon words. It cannot be recovered if it is forgotten.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Förhandsgranskning – {0}</source>
        <translation>Preview – {0}</translation>
    </message>
    <message>
        <source>Dokumentets sidor</source>
        <translation>Pages of the document</translation>
    </message>
    <message>
        <source>Sida</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Spara som &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Skriv ut (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Spara som PDF (Ctrl+Shift+S)</source>
        <translation>Save as PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Dokumentet kunde inte visas.</source>
        <translation>The document could not be shown.</translation>
    </message>
    <message>
        <source>Sida {0} av {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <source>Sidbredd (Ctrl+0)</source>
        <translation>Page width (Ctrl+0)</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Redigera person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Roll i ärendet</source>
        <translation>Role in the case</translation>
    </message>
    <message>
        <source>&amp;Roll i ärendet:</source>
        <translation>&amp;Role in the case:</translation>
    </message>
    <message>
        <source>Bor i ärendets lägenhet</source>
        <translation>Lives in the case&apos;s flat</translation>
    </message>
    <message>
        <source>Har betydelse för övertagande av hyresrätten (12 kap. 47 § JB).</source>
        <translation>Matters for taking over the lease (chapter 12, section 47 of the Land Code).</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>&amp;Förnamn:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>Efternamn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>&amp;Efternamn:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <source>ÅÅÅÅMMDD-NNNN (valfritt)</source>
        <translation>YYYYMMDD-NNNN (optional)</translation>
    </message>
    <message>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personal number:</translation>
    </message>
    <message>
        <source>Skyddsnivå</source>
        <translation>Protection level</translation>
    </message>
    <message>
        <source>Sk&amp;yddsnivå:</source>
        <translation>Protection le&amp;vel:</translation>
    </message>
    <message>
        <source>Personnummer, adresser och telefon är dolda. Lämnas de dolda behålls de sparade uppgifterna.</source>
        <translation>Personal number, addresses and phone are hidden. If they stay hidden, the stored details are kept.</translation>
    </message>
    <message>
        <source>&amp;Visa för att ändra …</source>
        <translation>Show to chan&amp;ge …</translation>
    </message>
    <message>
        <source>Du anger ett skäl; visningen loggas.</source>
        <translation>You give a reason; the look is logged.</translation>
    </message>
    <message>
        <source>Bostadsadress</source>
        <translation>Home address</translation>
    </message>
    <message>
        <source>&amp;Bostadsadress:</source>
        <translation>&amp;Home address:</translation>
    </message>
    <message>
        <source>Kontaktadress</source>
        <translation>Contact address</translation>
    </message>
    <message>
        <source>&amp;Kontaktadress:</source>
        <translation>C&amp;ontact address:</translation>
    </message>
    <message>
        <source>Post via Skatteverkets särskilda postförmedling</source>
        <translation>Mail through the Swedish Tax Agency&apos;s forwarding service</translation>
    </message>
    <message>
        <source>Särskild postförmedling</source>
        <translation>Mail forwarding service</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>t.ex. 070-123 45 67</source>
        <translation>e.g. 070-123 45 67</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>Medföljande barn:</source>
        <translation>Children who follow:</translation>
    </message>
    <message>
        <source>Anteckningar om personen</source>
        <translation>Notes about the person</translation>
    </message>
    <message>
        <source>&amp;Anteckningar:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Dold – oförändrad</source>
        <translation>Hidden – unchanged</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>&amp;Sök på namn eller personnummer:</source>
        <translation>&amp;Search by name or personal number:</translation>
    </message>
    <message>
        <source>Sök befintlig person</source>
        <translation>Search for an existing person</translation>
    </message>
    <message>
        <source>Minst två tecken, t.ex. Ann eller 19850312-1234</source>
        <translation>At least two characters, e.g. Ann or 19850312-1234</translation>
    </message>
    <message>
        <source>Personer som matchar</source>
        <translation>Matching persons</translation>
    </message>
    <message>
        <source>Ingen person hittades.</source>
        <translation>No person found.</translation>
    </message>
    <message>
        <source>{0} träffar. Skyddade personer visas maskerade.</source>
        <translation>{0} matches. Protected persons are shown masked.</translation>
    </message>
    <message>
        <source>Skyddad person ({0})</source>
        <translation>Protected person ({0})</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Redigera placering</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <source>Registrera placering</source>
        <translation>Register placement</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Start&amp;datum:</source>
        <translation>Start &amp;date:</translation>
    </message>
    <message>
        <source>Ramavtal</source>
        <translation>Framework agreement</translation>
    </message>
    <message>
        <source>– välj ramavtal –</source>
        <translation>– choose a framework agreement –</translation>
    </message>
    <message>
        <source>&amp;Ramavtal:</source>
        <translation>F&amp;ramework agreement:</translation>
    </message>
    <message>
        <source>Inget ramavtal om skyddat boende gäller på startdatumet. Registrera avtalet under Arkiv → Avtal (Ctrl+Shift+T).</source>
        <translation>No framework agreement on sheltered housing is in force on the start date. Register the agreement under File → Agreements (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <source>Leverantör</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>&amp;Leverantör:</source>
        <translation>Pro&amp;vider:</translation>
    </message>
    <message>
        <source>Leverantören kan ordna ett lägenhets&amp;kontrakt (avropsgrund)</source>
        <translation>The provider can arrange a &amp;lease of a flat (ground for the call-off)</translation>
    </message>
    <message>
        <source>Leverantören kan ordna ett lägenhetskontrakt</source>
        <translation>The provider can arrange a lease of a flat</translation>
    </message>
    <message>
        <source>Avropsgrund:</source>
        <translation>Ground for the call-off:</translation>
    </message>
    <message>
        <source>Planerat slut</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>&amp;Planerat slut:</source>
        <translation>&amp;Planned end:</translation>
    </message>
    <message>
        <source>Placeringen &amp;upphörde</source>
        <translation>The placement &amp;ended</translation>
    </message>
    <message>
        <source>Faktiskt slut</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>Faktiskt slut:</source>
        <translation>Actual end:</translation>
    </message>
    <message>
        <source>Lägenhet erbjuden före slutet</source>
        <translation>Flat offered before the end</translation>
    </message>
    <message>
        <source>Inte registrerat</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Lägenhet &amp;erbjuden före slutet:</source>
        <translation>Flat &amp;offered before the end:</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Inte angivet än</source>
        <translation>Not given yet</translation>
    </message>
    <message>
        <source>U&amp;tfall:</source>
        <translation>Ou&amp;tcome:</translation>
    </message>
    <message>
        <source>Antal medföljande barn</source>
        <translation>Number of children who follow</translation>
    </message>
    <message>
        <source>Medföljande &amp;barn:</source>
        <translation>&amp;Children who follow:</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Leverantören är skyddad och visas inte. Låt fältet vara tomt för att behålla den, eller skriv en ny.</source>
        <translation>The provider is protected and not shown. Leave the field empty to keep it, or type a new one.</translation>
    </message>
</context>
<context>
    <name>PowerOfAttorneyDialog</name>
    <message>
        <source>Registrera fullmakt på papper</source>
        <translation>Register power of attorney on paper</translation>
    </message>
    <message>
        <source>Registrera bara en fullmakt du har sett i original, undertecknad av klienten. Ombudet måste vara part i ärendet med rollen Ombud.</source>
        <translation>Register only a power of attorney you have seen in the original, signed by the client. The agent must be a party to the case in the role Agent.</translation>
    </message>
    <message>
        <source>&amp;Ombud:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>Fullmakten &amp;omfattar:</source>
        <translation>The power of attorney &amp;covers:</translation>
    </message>
    <message>
        <source>Gäller från</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Gäller till och med</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Gäller &amp;från:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <source>Gäller &amp;till och med:</source>
        <translation>Valid &amp;until:</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Ändra fråga</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <source>Ny fråga</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Frågan</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>&amp;Fråga:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>Frågetyp</source>
        <translation>Question type</translation>
    </message>
    <message>
        <source>&amp;Svarstyp:</source>
        <translation>&amp;Answer type:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Återställningsnyckel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Skriv ner nyckeln på papper och förvara den inlåst. Den visas bara nu. Med den kan en administratör öppna valvet om alla lösenfraser glömts bort.</source>
        <translation>Write the key down on paper and keep it locked away. It is shown only now. With it an administrator can open the vault if every passphrase has been forgotten.</translation>
    </message>
    <message>
        <source>&amp;Jag har skrivit ner återställningsnyckeln</source>
        <translation>I &amp;have written down the recovery key</translation>
    </message>
    <message>
        <source>Jag har skrivit ner återställningsnyckeln</source>
        <translation>I have written down the recovery key</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>Valvet är upplåst med återställningsnyckeln. Om någon har glömt sin lösenfras kan du ge användaren en ny här. Annars fortsätter du utan att byta.</source>
        <translation>The vault is unlocked with the recovery key. If someone has forgotten their passphrase you can give that user a new one here. Otherwise continue without changing anything.</translation>
    </message>
    <message>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>&amp;Användare:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Lösenfrasen byts</source>
        <translation>Changing the passphrase</translation>
    </message>
    <message>
        <source>&amp;Byt lösenfras</source>
        <translation>&amp;Change passphrase</translation>
    </message>
    <message>
        <source>&amp;Fortsätt utan att byta</source>
        <translation>Continue &amp;without changing</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Arbetar</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Välj säkerhetskopians mapp (den heter skyddsapp-backup-…) och logga in med en administratör som fanns i valvet när kopian gjordes, eller med återställningsnyckeln. Valvet återställs i en ny mapp bredvid det nuvarande; ingenting skrivs över.</source>
        <translation>Choose the backup’s folder (it is called skyddsapp-backup-…) and sign in as an administrator who was in the vault when the backup was made, or with the recovery key. The vault is restored into a new folder beside the current one; nothing is overwritten.</translation>
    </message>
    <message>
        <source>Välj säkerhetskopians mapp (den heter skyddsapp-backup-…) och logga in med en administratör som fanns i valvet när kopian gjordes, eller med återställningsnyckeln. Valvet återställs i den nya mappen {0}; ingenting skrivs över.</source>
        <translation>Choose the backup&apos;s folder (it is called skyddsapp-backup-…) and sign in as an administrator who was in the vault when the backup was made, or with the recovery key. The vault is restored into the new folder {0}; nothing is overwritten.</translation>
    </message>
    <message>
        <source>Välj säkerhetskopians mapp</source>
        <translation>Choose the backup’s folder</translation>
    </message>
    <message>
        <source>Säkerhetskopians mapp</source>
        <translation>The backup’s folder</translation>
    </message>
    <message>
        <source>&amp;Välj …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <source>Säkerhets&amp;kopia:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Återställningsnyckel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Användarnamn:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Lösenfras:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Åt&amp;erställningsnyckel:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Förhandsgranska</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Förhandsgranskning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Tillbaka</source>
        <translation>Bac&amp;k</translation>
    </message>
    <message>
        <source>Återställ &amp;bredvid valvet</source>
        <translation>Restore &amp;beside the vault</translation>
    </message>
    <message>
        <source>Återställ i den nya &amp;mappen</source>
        <translation>Restore into the new &amp;folder</translation>
    </message>
    <message>
        <source>Ö&amp;ppna det återställda valvet</source>
        <translation>&amp;Open the restored vault</translation>
    </message>
    <message>
        <source>Valvet är återställt</source>
        <translation>The vault has been restored</translation>
    </message>
    <message>
        <source>Använd &amp;lösenfras</source>
        <translation>Use &amp;passphrase</translation>
    </message>
    <message>
        <source>Använd åte&amp;rställningsnyckel…</source>
        <translation>Use &amp;recovery key…</translation>
    </message>
    <message>
        <source>Välj säkerhetskopians mapp.</source>
        <translation>Choose the backup’s folder.</translation>
    </message>
    <message>
        <source>Mappen {0} finns inte. Är disken ansluten?</source>
        <translation>The folder {0} does not exist. Is the drive connected?</translation>
    </message>
    <message>
        <source>Mappen {0} är ingen säkerhetskopia, men den innehåller säkerhetskopior ({1} st). Välj en av dem; den senaste är {2}.</source>
        <translation>The folder {0} is not a backup, but it holds backups ({1}). Choose one of them; the latest is {2}.</translation>
    </message>
    <message>
        <source>Skriv in återställningsnyckeln.</source>
        <translation>Enter the recovery key.</translation>
    </message>
    <message>
        <source>Skriv in användarnamn och lösenfras.</source>
        <translation>Enter user name and passphrase.</translation>
    </message>
    <message>
        <source>Säkerhetskopian är kontrollerad: {0}.</source>
        <translation>The backup has been checked: {0}.</translation>
    </message>
    <message>
        <source>Valv: {0}</source>
        <translation>Vault: {0}</translation>
    </message>
    <message>
        <source>Gjord: {0} av {1}</source>
        <translation>Made: {0} by {1}</translation>
    </message>
    <message>
        <source>Storlek: {0}</source>
        <translation>Size: {0}</translation>
    </message>
    <message>
        <source>Ärenden: {0}, personer: {1}, dokument: {2}, loggposter: {3}</source>
        <translation>Cases: {0}, persons: {1}, documents: {2}, log entries: {3}</translation>
    </message>
    <message>
        <source>Generation: {0}, schemaversion: {1}</source>
        <translation>Generation: {0}, schema version: {1}</translation>
    </message>
    <message>
        <source>Valvet återställs i en ny mapp bredvid {0}. Det nuvarande valvet ändras inte.</source>
        <translation>The vault is restored into a new folder beside {0}. The current vault is not changed.</translation>
    </message>
    <message>
        <source>Valvet återställs i den nya mappen {0}.</source>
        <translation>The vault is restored into the new folder {0}.</translation>
    </message>
    <message>
        <source>Säkerhetskopian är återställd i den nya mappen
{0}

Det nuvarande valvet i {1} är orört. Öppna det återställda valvet och logga in som vanligt; det nuvarande kan tas bort eller sparas undan när du har sett att allt finns med.</source>
        <translation>The backup has been restored into the new folder
{0}

The current vault in {1} is untouched. Open the restored vault and sign in as usual; the current one can be removed or put away once you have seen that everything is there.</translation>
    </message>
    <message>
        <source>Säkerhetskopian är återställd i den nya mappen
{0}

Öppna valvet och logga in som vanligt, med ett konto som fanns när kopian gjordes eller med återställningsnyckeln.</source>
        <translation>The backup has been restored into the new folder
{0}

Open the vault and sign in as usual, with an account that existed when the backup was made or with the recovery key.</translation>
    </message>
</context>
<context>
    <name>RetentionConfirmDialog</name>
    <message>
        <source>Bekräfta gallring</source>
        <translation>Confirm purge</translation>
    </message>
    <message>
        <source>• {0}: {1}</source>
        <translation>• {0}: {1}</translation>
    </message>
    <message>
        <source>Ärenden att gallra: {0}.</source>
        <translation>Cases to purge: {0}.</translation>
    </message>
    <message>
        <source>Ärendena raderas för alltid ur valvet med sina händelser, beslut, dokument, skanningar och sin historik, och likaså personer och kontrakt som inte hör till något annat ärende. Säkerhetskopiorna från schemauppdateringar i valvets mapp tas också bort, eftersom de innehåller ärendena. Granskningsloggen får en post med antalet ärenden per ärendetyp, utan ärendenummer eller namn.</source>
        <translation>The cases are deleted from the vault for good with their events, decisions, documents, scans and history, and so are persons and leases that belong to no other case. The backups made before schema updates in the vault folder are removed as well, since they hold the cases. The audit log gets one entry with the number of cases per kind of case, without case numbers or names.</translation>
    </message>
    <message>
        <source>Säkerhetskopior som redan finns på andra diskar innehåller fortfarande ärendena: ersätt dem med en ny säkerhetskopia efter gallringen.</source>
        <translation>Backups already on other disks still hold the cases: replace them with a new backup after the purge.</translation>
    </message>
    <message>
        <source>Antal ärenden att gallra</source>
        <translation>Number of cases to purge</translation>
    </message>
    <message>
        <source>Skriv antalet ärenden, &amp;{0}, för att bekräfta:</source>
        <translation>Type the number of cases, &amp;{0}, to confirm:</translation>
    </message>
    <message>
        <source>&amp;Gallra</source>
        <translation>&amp;Purge</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Gallring</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Gallringsregler per ärendetyp</source>
        <translation>Retention rules per kind of case</translation>
    </message>
    <message>
        <source>Ett avslutat ärende sparas det angivna antalet hela kalenderår efter året det avslutades och gallras under året därefter.</source>
        <translation>A closed case is kept the given number of full calendar years after the year it was closed and purged during the year after them.</translation>
    </message>
    <message>
        <source>100 år</source>
        <translation>100 years</translation>
    </message>
    <message>
        <source> år</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Gallringstid för {0}</source>
        <translation>Retention time for {0}</translation>
    </message>
    <message>
        <source>&amp;Spara reglerna</source>
        <translation>&amp;Save the rules</translation>
    </message>
    <message>
        <source>Ärenden som ska gallras</source>
        <translation>Cases due for purging</translation>
    </message>
    <message>
        <source>Listan visar bara ärendenummer, ärendetyp och datum, inga namn. Markera de ärenden du har granskat och välj Gallra markerade.</source>
        <translation>The list shows case numbers, kinds of case and dates only, no names. Select the cases you have reviewed and choose Purge selected.</translation>
    </message>
    <message>
        <source>Inga avslutade ärenden har passerat sin gallringstid.</source>
        <translation>No closed case has passed its retention time.</translation>
    </message>
    <message>
        <source>Antal ärenden att gallra</source>
        <translation>Number of cases to purge</translation>
    </message>
    <message>
        <source>Markera &amp;alla</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Gallra markerade…</source>
        <translation>&amp;Purge selected…</translation>
    </message>
    <message>
        <source>&amp;Läs in igen</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Slutför gallringen</source>
        <translation>&amp;Finish the purge</translation>
    </message>
    <message>
        <source>Gallring pågår</source>
        <translation>Purge in progress</translation>
    </message>
    <message>
        <source>Resultat av gallringen</source>
        <translation>Result of the purge</translation>
    </message>
    <message>
        <source>Valvet är skrivskyddat: regler kan inte ändras och inget kan gallras nu.</source>
        <translation>The vault is read-only: rules cannot be changed and nothing can be purged now.</translation>
    </message>
    <message>
        <source>Sparade ändringar: {0}.</source>
        <translation>Changes saved: {0}.</translation>
    </message>
    <message>
        <source>Gallringen är slutförd. Säkerhetskopior från schemauppdateringar som togs bort: {0}.</source>
        <translation>The purge is finished. Backups from schema updates removed: {0}.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Gallrade ärenden: {0} ({1}). Borttagna personer: {2}, dokument: {3}, säkerhetskopior från schemauppdateringar: {4}.</source>
        <translation>Cases purged: {0} ({1}). Persons removed: {2}, documents: {3}, backups from schema updates: {4}.</translation>
    </message>
    <message>
        <source>Ärenden att gallra: {0}, varav försenade: {1}. {2}.</source>
        <translation>Cases to purge: {0}, of which overdue: {1}. {2}.</translation>
    </message>
    <message>
        <source>&amp;Gallra markerade ({0})…</source>
        <translation>&amp;Purge selected ({0})…</translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Ärendetyp</source>
        <translation>Kind of case</translation>
    </message>
    <message>
        <source>Avslutat</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Ska gallras från</source>
        <translation>Due from</translation>
    </message>
    <message>
        <source>Gallras senast</source>
        <translation>Purge by</translation>
    </message>
    <message>
        <source>{0} (försenad)</source>
        <translation>{0} (overdue)</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>Visa skyddad uppgift</source>
        <translation>Show protected detail</translation>
    </message>
    <message>
        <source>Personen har skyddade personuppgifter. Ange varför du behöver se uppgiften. Visningen loggas med ditt användarnamn, tidpunkt och skäl.</source>
        <translation>The person has protected personal data. Say why you need to see the detail. The look is logged with your user name, the time and the reason.</translation>
    </message>
    <message>
        <source>Välj ett skäl …</source>
        <translation>Choose a reason …</translation>
    </message>
    <message>
        <source>Upprätta dokument</source>
        <translation>Drawing up a document</translation>
    </message>
    <message>
        <source>Kontakt med klienten</source>
        <translation>Contact with the client</translation>
    </message>
    <message>
        <source>Kontroll av uppgift</source>
        <translation>Checking a detail</translation>
    </message>
    <message>
        <source>Ändra personuppgifter</source>
        <translation>Changing personal details</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Skäl:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Skäl med egna ord</source>
        <translation>Reason in your own words</translation>
    </message>
    <message>
        <source>Annat skäl eller komplettering</source>
        <translation>Another reason, or more detail</translation>
    </message>
    <message>
        <source>&amp;Eget skäl:</source>
        <translation>&amp;Own reason:</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RevokePowerDialog</name>
    <message>
        <source>Återkalla fullmakt</source>
        <translation>Revoke power of attorney</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Skäl:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Återkalla</source>
        <translation>Re&amp;voke</translation>
    </message>
</context>
<context>
    <name>RiskAssessmentDialog</name>
    <message>
        <source>Ny hot- och riskbedömning</source>
        <translation>New threat and risk assessment</translation>
    </message>
    <message>
        <source>Datum för bedömningen</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Bedömare</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>&amp;Bedömare:</source>
        <translation>&amp;Assessor:</translation>
    </message>
    <message>
        <source>Risknivå</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>&amp;Risknivå:</source>
        <translation>&amp;Risk level:</translation>
    </message>
    <message>
        <source>Våldsutövaren bedöms vara &amp;uppsökande</source>
        <translation>The perpetrator is judged to seek out the &amp;victim</translation>
    </message>
    <message>
        <source>Våldsutövaren bedöms vara uppsökande</source>
        <translation>The perpetrator is judged to seek out the victim</translation>
    </message>
    <message>
        <source>Nästa uppföljning</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>&amp;Nästa uppföljning:</source>
        <translation>&amp;Next review:</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>Återställ lösenfras</source>
        <translation>Reset passphrase</translation>
    </message>
    <message>
        <source>Ge {0} ({1}) en ny lösenfras. Den gamla slutar gälla direkt. Lämna över den nya personligen, inte i e-post eller chatt; återställningen loggas.</source>
        <translation>Give {0} ({1}) a new passphrase. The old one stops working at once. Hand the new one over in person, not by e-mail or chat; the reset is logged.</translation>
    </message>
    <message>
        <source>&amp;Byt lösenfras</source>
        <translation>&amp;Change passphrase</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Språket i menyer, fönster och meddelanden.</source>
        <translation>The language of menus, windows and messages.</translation>
    </message>
    <message>
        <source>Lås automatiskt efter</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <source>Valvet låses när ingen har använt tangentbord eller mus så här många minuter.</source>
        <translation>The vault locks when nobody has used the keyboard or mouse for this many minutes.</translation>
    </message>
    <message>
        <source>Valvets mapp</source>
        <translation>Vault folder</translation>
    </message>
    <message>
        <source>Mappen som öppnas vid start; tom betyder standardmappen.</source>
        <translation>The folder opened at start; empty means the default folder.</translation>
    </message>
    <message>
        <source>Vittnesmapp</source>
        <translation>Witness folder</translation>
    </message>
    <message>
        <source>En mapp utanför valvet, helst på din egen USB-nyckel. Valvets senaste läge sparas där vid varje upplåsning och låsning och kontrolleras vid upplåsning, så att även en äldre kopia av hela valvmappen upptäcks. Tom betyder ingen vittnesmapp.</source>
        <translation>A folder outside the vault, preferably on your own USB key. The vault&apos;s latest state is saved there at every unlock and lock and checked at unlock, so that even an older copy of the whole vault folder is detected. Empty means no witness folder.</translation>
    </message>
    <message>
        <source>Mapp för säkerhetskopior</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Mappen där säkerhetskopiorna sparas, helst på en extern disk som förvaras inlåst. Den senast använda föreslås nästa gång; tom betyder att ingen är vald.</source>
        <translation>The folder where backups are saved, preferably on an external drive kept locked away. The one last used is suggested next time; empty means none is chosen.</translation>
    </message>
    <message>
        <source>Behåll säkerhetskopior</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <source>Så många av valvets senaste säkerhetskopior behålls i mappen; äldre tas bort när en ny är skriven och kontrollerad.</source>
        <translation>This many of the vault’s latest backups are kept in the folder; older ones are removed once a new one has been written and checked.</translation>
    </message>
    <message>
        <source>Varna när säkerhetskopian är äldre än</source>
        <translation>Warn when the backup is older than</translation>
    </message>
    <message>
        <source>Statusraden varnar administratörer när valvets senaste säkerhetskopia är äldre än så här många dagar, eller när det inte finns någon.</source>
        <translation>The status bar warns administrators when the vault’s latest backup is older than this many days, or when there is none.</translation>
    </message>
    <message>
        <source>Fönstrets läge och storlek</source>
        <translation>Window position and size</translation>
    </message>
    <message>
        <source>Sparas när fönstret stängs eller valvet låses.</source>
        <translation>Saved when the window closes or the vault locks.</translation>
    </message>
    <message>
        <source>Fönstrets verktygsfält</source>
        <translation>Window toolbars</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Svenska</source>
        <translation>Swedish (svenska)</translation>
    </message>
    <message>
        <source>Engelska (English)</source>
        <translation>English</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>På: fönstren syns inte i skärmdumpar eller skärmdelning.</source>
        <translation>On: the windows do not appear in screenshots or screen sharing.</translation>
    </message>
    <message>
        <source>Skydd mot skärmdump: endast Windows. Det finns inte på det här systemet, så tänk på vem som kan se skärmen.</source>
        <translation>Screenshot protection: Windows only. It is not available on this system, so mind who can see the screen.</translation>
    </message>
    <message>
        <source>Ingen vittnesmapp</source>
        <translation>No witness folder</translation>
    </message>
    <message>
        <source>&amp;Välj …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <source>&amp;Vittnesmapp:</source>
        <translation>&amp;Witness folder:</translation>
    </message>
    <message>
        <source>Ingen mapp vald</source>
        <translation>No folder chosen</translation>
    </message>
    <message>
        <source>Välj &amp;mapp …</source>
        <translation>Choose &amp;folder …</translation>
    </message>
    <message>
        <source>Säkerhets&amp;kopior i:</source>
        <translation>&amp;Backups in:</translation>
    </message>
    <message>
        <source>&amp;Behåll de senaste:</source>
        <translation>&amp;Keep the latest:</translation>
    </message>
    <message>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Var&amp;na efter:</source>
        <translation>Warn &amp;after:</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Lås automatiskt efter:</source>
        <translation>Lock &amp;automatically after:</translation>
    </message>
    <message>
        <source>Skärmdumpar:</source>
        <translation>Screenshots:</translation>
    </message>
    <message>
        <source>Välj vittnesmapp</source>
        <translation>Choose witness folder</translation>
    </message>
    <message>
        <source>Välj mapp för säkerhetskopior</source>
        <translation>Choose a folder for backups</translation>
    </message>
</context>
<context>
    <name>SheetFlow</name>
    <message>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Utskrift till fil är avstängd. Använd Spara som PDF.</source>
        <translation>Printing to a file is turned off. Use Save as PDF.</translation>
    </message>
    <message>
        <source>Utskriften kunde inte göras. Kontrollera skrivaren.</source>
        <translation>The document could not be printed. Check the printer.</translation>
    </message>
    <message>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SignDocumentDialog</name>
    <message>
        <source>Registrera underskrift – {0}</source>
        <translation>Record signature – {0}</translation>
    </message>
    <message>
        <source>{0}, {1}, version {2}.</source>
        <translation>{0}, {1}, version {2}.</translation>
    </message>
    <message>
        <source>Underskrivet den</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Underskrivet &amp;den:</source>
        <translation>Signed &amp;on:</translation>
    </message>
    <message>
        <source>Underskrivet av</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>t.ex. Klienten och handläggaren</source>
        <translation>e.g. The client and the case handler</translation>
    </message>
    <message>
        <source>Underskrivet &amp;av:</source>
        <translation>Signed &amp;by:</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Kontrollera uppgifterna. Ärendet skapas när du väljer Skapa.</source>
        <translation>Check the details. The case is created when you choose Create.</translation>
    </message>
</context>
<context>
    <name>SurveyAnswerForm</name>
    <message>
        <source>Svarssätt</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>S&amp;varssätt:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>– inget svar –</source>
        <translation>– no answer –</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>j</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>SurveyPdfFlow</name>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>SurveyQuestionsDialog</name>
    <message>
        <source>Frågor i brukarundersökningen</source>
        <translation>Questions of the client survey</translation>
    </message>
    <message>
        <source>Frågor</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>&amp;Ny fråga…</source>
        <translation>&amp;New question…</translation>
    </message>
    <message>
        <source>&amp;Ändra…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ta b&amp;ort</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Flytta &amp;upp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flytta n&amp;er</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Ta ur &amp;bruk</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>  (ur bruk)</source>
        <translation>  (retired)</translation>
    </message>
    <message>
        <source>Återinför</source>
        <translation>Reinstate</translation>
    </message>
</context>
<context>
    <name>TenantApprovalFields</name>
    <message>
        <source>Kreditupplysning</source>
        <translation>Credit check</translation>
    </message>
    <message>
        <source>&amp;Kreditupplysning:</source>
        <translation>&amp;Credit check:</translation>
    </message>
    <message>
        <source>Boendereferens</source>
        <translation>Housing reference</translation>
    </message>
    <message>
        <source>Boende&amp;referens:</source>
        <translation>Housing &amp;reference:</translation>
    </message>
    <message>
        <source>&amp;Undantag: {0}</source>
        <translation>&amp;Exception: {0}</translation>
    </message>
    <message>
        <source>Undantag: {0}</source>
        <translation>Exception: {0}</translation>
    </message>
    <message>
        <source>Undantaget används när en våldsutsatt godkänns trots hyresskuld, betalningsanmärkningar eller störningar som har orsakats av våldet. Skälet skrivs ut på beslutet.</source>
        <translation>The exception is used when a person exposed to violence is approved despite rent debt, payment remarks or disturbances caused by the violence. The reason is printed on the decision.</translation>
    </message>
    <message>
        <source>Skäl till undantaget</source>
        <translation>Reason for the exception</translation>
    </message>
    <message>
        <source>Skä&amp;l till undantaget:</source>
        <translation>Reason for the e&amp;xception:</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>Visa frister inom</source>
        <translation>Show deadlines within</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>30 dagar</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>90 dagar</source>
        <translation>90 days</translation>
    </message>
    <message>
        <source>&amp;Visa frister inom:</source>
        <translation>&amp;Show deadlines within:</translation>
    </message>
    <message>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Inget att göra inom den valda tiden.</source>
        <translation>Nothing to do within the chosen period.</translation>
    </message>
    <message>
        <source>Antal frister</source>
        <translation>Number of deadlines</translation>
    </message>
    <message>
        <source>{0} (försenad)</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>Räknar frister …</source>
        <translation>Counting deadlines …</translation>
    </message>
    <message>
        <source>1 frist</source>
        <translation>1 deadline</translation>
    </message>
    <message>
        <source>{0} frister</source>
        <translation>{0} deadlines</translation>
    </message>
    <message>
        <source>, varav 1 försenad</source>
        <translation>, 1 of them overdue</translation>
    </message>
    <message>
        <source>, varav {0} försenade</source>
        <translation>, {0} of them overdue</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Detalj</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>{0} (försenad)</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>{0} (idag)</source>
        <translation>{0} (today)</translation>
    </message>
    <message>
        <source>Hyresavtal {0}</source>
        <translation>Lease {0}</translation>
    </message>
    <message>
        <source>Senaste bedömning: {0}</source>
        <translation>Latest assessment: {0}</translation>
    </message>
    <message>
        <source>Lägenhet {0}</source>
        <translation>Flat {0}</translation>
    </message>
</context>
<context>
    <name>TransitionFlatDialog</name>
    <message>
        <source>Registrera utsluss- eller jourlägenhet</source>
        <translation>Register a transition or emergency flat</translation>
    </message>
    <message>
        <source>Slag av lägenhet</source>
        <translation>Kind of flat</translation>
    </message>
    <message>
        <source>Sla&amp;g:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Organisation som har lägenheten</source>
        <translation>Organisation that holds the flat</translation>
    </message>
    <message>
        <source>Organisa&amp;tion:</source>
        <translation>Organisa&amp;tion:</translation>
    </message>
    <message>
        <source>I förteckningen och ledig från</source>
        <translation>In the register and free from</translation>
    </message>
    <message>
        <source>Led&amp;ig från:</source>
        <translation>Free fro&amp;m:</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ant&amp;eckningar:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>N&amp;y lägenhet</source>
        <translation>New fla&amp;t</translation>
    </message>
    <message>
        <source>Finns redan i &amp;valvet</source>
        <translation>Already in the &amp;vault</translation>
    </message>
    <message>
        <source>Lägenhet:</source>
        <translation>Flat:</translation>
    </message>
    <message>
        <source>Objektnummer för lägenheten i valvet</source>
        <translation>Object number of the flat in the vault</translation>
    </message>
    <message>
        <source>Ob&amp;jektnummer:</source>
        <translation>Ob&amp;ject number:</translation>
    </message>
</context>
<context>
    <name>TransitionFlatEditDialog</name>
    <message>
        <source>Ändra lägenhet i förteckningen</source>
        <translation>Change flat in the register</translation>
    </message>
    <message>
        <source>Lägenhet:</source>
        <translation>Flat:</translation>
    </message>
    <message>
        <source>Slag av lägenhet</source>
        <translation>Kind of flat</translation>
    </message>
    <message>
        <source>Sla&amp;g:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Organisation som har lägenheten</source>
        <translation>Organisation that holds the flat</translation>
    </message>
    <message>
        <source>Organisa&amp;tion:</source>
        <translation>Organisa&amp;tion:</translation>
    </message>
    <message>
        <source>I förteckningen och ledig från</source>
        <translation>In the register and free from</translation>
    </message>
    <message>
        <source>I förteckningen &amp;från:</source>
        <translation>In the register &amp;from:</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ant&amp;eckningar:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>TransitionFlatRemoveDialog</name>
    <message>
        <source>Ta bort ur förteckningen</source>
        <translation>Remove from the register</translation>
    </message>
    <message>
        <source>Lägenhet:</source>
        <translation>Flat:</translation>
    </message>
    <message>
        <source>Lägenheten tas bort ur förteckningen över utsluss- och jourlägenheter. Den finns kvar i valvet, och de som har bott där finns kvar i sina ärenden. Det går bara när ingen bor i lägenheten; den kan registreras igen senare.</source>
        <translation>The flat is removed from the register of transition and emergency flats. It stays in the vault, and those who have lived there stay in their cases. This is only possible when nobody lives in the flat; it can be registered again later.</translation>
    </message>
    <message>
        <source>Borttagen från</source>
        <translation>Removed from</translation>
    </message>
    <message>
        <source>&amp;Borttagen från:</source>
        <translation>&amp;Removed from:</translation>
    </message>
    <message>
        <source>&amp;Ta bort ur förteckningen</source>
        <translation>Remove from the &amp;register</translation>
    </message>
</context>
<context>
    <name>TransitionFlatsPage</name>
    <message>
        <source>&amp;Registrera lägenhet …</source>
        <translation>&amp;Register flat …</translation>
    </message>
    <message>
        <source>Än&amp;dra lägenhet …</source>
        <translation>Change &amp;flat …</translation>
    </message>
    <message>
        <source>Ta &amp;bort lägenhet …</source>
        <translation>Remo&amp;ve flat …</translation>
    </message>
    <message>
        <source>Flytta &amp;in …</source>
        <translation>Move &amp;in …</translation>
    </message>
    <message>
        <source>Ändra &amp;plan …</source>
        <translation>Change &amp;plan …</translation>
    </message>
    <message>
        <source>Registrera &amp;utflytt …</source>
        <translation>Record move-&amp;out …</translation>
    </message>
    <message>
        <source>Ö&amp;ppna ärendet</source>
        <translation>O&amp;pen the case</translation>
    </message>
    <message>
        <source>Utsluss- och jourlägenheter</source>
        <translation>Transition and emergency flats</translation>
    </message>
    <message>
        <source>Antal lägenheter</source>
        <translation>Number of flats</translation>
    </message>
    <message>
        <source>Ledig sedan {0} ({1} dagar)</source>
        <translation>Free since {0} ({1} days)</translation>
    </message>
    <message>
        <source>{0} (passerat)</source>
        <translation>{0} (passed)</translation>
    </message>
    <message>
        <source>Någon bor i lägenheten: registrera utflytten innan den tas bort.</source>
        <translation>Someone lives in the flat: record the move-out before removing it.</translation>
    </message>
    <message>
        <source>Inga lägenheter i förteckningen än. Registrera en med Registrera lägenhet.</source>
        <translation>No flats in the register yet. Register one with Register flat.</translation>
    </message>
    <message>
        <source>{0} lägenheter: {1} belagda, {2} lediga</source>
        <translation>{0} flats: {1} occupied, {2} free</translation>
    </message>
</context>
<context>
    <name>TransitionFlatsTableModel</name>
    <message>
        <source>Visas inte</source>
        <translation>Not shown</translation>
    </message>
    <message>
        <source>{0} (passerat)</source>
        <translation>{0} (passed)</translation>
    </message>
    <message>
        <source>Belagd sedan {0}</source>
        <translation>Occupied since {0}</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Objektnummer</source>
        <translation>Object number</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Läge</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Boende</source>
        <translation>Occupant</translation>
    </message>
    <message>
        <source>Planerad utflytt</source>
        <translation>Planned move-out</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Ledig sedan {0} (1 dag)</source>
        <translation>Free since {0} (1 day)</translation>
    </message>
    <message>
        <source>Ledig sedan {0} ({1} dagar)</source>
        <translation>Free since {0} ({1} days)</translation>
    </message>
    <message>
        <source>Belagd</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>Skyddad person</source>
        <translation>Protected person</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Ärendet handläggs varken av dig eller ditt team: vem som bor här visas inte.</source>
        <translation>Neither you nor your team handles the case: who lives here is not shown.</translation>
    </message>
    <message>
        <source>Adressen visas inte: någon som bor eller har bott här har skyddad adress, eller så ser du inte ärendet.</source>
        <translation>The address is not shown: someone who lives or has lived here has a protected address, or you do not see the case.</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>TrialLengthDialog</name>
    <message>
        <source>Ändra prövotidens längd</source>
        <translation>Change the length of the trial period</translation>
    </message>
    <message>
        <source>Prövotiden började {0} och är nu {1} månader, till och med {2}.</source>
        <translation>The trial period began on {0} and is now {1} months, up to and including {2}.</translation>
    </message>
    <message>
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Prövotidens längd i månader</source>
        <translation>Length of the trial period in months</translation>
    </message>
    <message>
        <source>&amp;Längd:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>Ny sista dag</source>
        <translation>New last day</translation>
    </message>
    <message>
        <source>Löper ut:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <source>Skäl till ändringen</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>S&amp;käl:</source>
        <translation>Rea&amp;son:</translation>
    </message>
</context>
<context>
    <name>TrialPeriodBox</name>
    <message>
        <source>Prövotid</source>
        <translation>Trial period</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Prövotiden börjar när steget ”Bostadssocialt kontrakt undertecknat” görs: från kontraktets startdatum, 12 månader om inget annat anges.</source>
        <translation>The trial period begins when the step “Social housing contract signed” is taken: from the contract’s start date, 12 months unless another length is given.</translation>
    </message>
    <message>
        <source>Ändra län&amp;gd …</source>
        <translation>Change len&amp;gth …</translation>
    </message>
    <message>
        <source>Gemensam bedö&amp;mning …</source>
        <translation>Joint assess&amp;ment …</translation>
    </message>
    <message>
        <source>Går bara medan det bostadssociala kontraktet löper (prövotiden).</source>
        <translation>Only possible while the social housing contract runs (the trial period).</translation>
    </message>
    <message>
        <source>Bostadssocialt kontrakt:</source>
        <translation>Social housing contract:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Började:</source>
        <translation>Began:</translation>
    </message>
    <message>
        <source>Längd:</source>
        <translation>Length:</translation>
    </message>
    <message>
        <source>{0} månader</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <source>Löper ut:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <source>Övertaget:</source>
        <translation>Taken over:</translation>
    </message>
    <message>
        <source>Det bostadssociala kontraktet upphörde {0}; förstahandskontraktet {1} gäller från {2}.</source>
        <translation>The social housing contract ended on {0}; the first-hand lease {1} applies from {2}.</translation>
    </message>
    <message>
        <source>{0} dagar kvar</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <source>1 dag kvar</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <source>Löper ut idag</source>
        <translation>Ends today</translation>
    </message>
    <message>
        <source>Har löpt ut ({0} dagar sedan): den gemensamma bedömningen ska göras</source>
        <translation>Ended ({0} days ago): the joint assessment is due</translation>
    </message>
    <message>
        <source>Kvar:</source>
        <translation>Left:</translation>
    </message>
    <message>
        <source>Gemensam bedömning:</source>
        <translation>Joint assessment:</translation>
    </message>
    <message>
        <source>Inte gjord än</source>
        <translation>Not made yet</translation>
    </message>
    <message>
        <source>{0} med {1} månader</source>
        <translation>{0} by {1} months</translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <source>Motivering:</source>
        <translation>Justification:</translation>
    </message>
    <message>
        <source>Tidigare bedömningar:</source>
        <translation>Earlier assessments:</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Lås upp valvet</source>
        <translation>Unlock the vault</translation>
    </message>
    <message>
        <source>Valv: {0}</source>
        <translation>Vault: {0}</translation>
    </message>
    <message>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Användarnamn:</source>
        <translation>User &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Lösenfras:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Återställningsnyckel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Åt&amp;erställningsnyckel:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>Skriv av nyckeln från papperet; bindestreck och mellanslag spelar ingen roll.</source>
        <translation>Copy the key from the paper; dashes and spaces do not matter.</translation>
    </message>
    <message>
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Säkerhetskopia</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Låser upp</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <source>Återställ från &amp;säkerhetskopia…</source>
        <translation>Restore from &amp;backup…</translation>
    </message>
    <message>
        <source>Lås &amp;upp</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>A&amp;vsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Använd &amp;lösenfras</source>
        <translation>Use &amp;passphrase</translation>
    </message>
    <message>
        <source>Använd åte&amp;rställningsnyckel…</source>
        <translation>Use &amp;recovery key…</translation>
    </message>
    <message>
        <source>Skriv in återställningsnyckeln.</source>
        <translation>Enter the recovery key.</translation>
    </message>
    <message>
        <source>Skriv in användarnamn och lösenfras.</source>
        <translation>Enter user name and passphrase.</translation>
    </message>
    <message>
        <source>Återställ från &amp;säkerhetskopian…</source>
        <translation>Restore from this &amp;backup…</translation>
    </message>
    <message>
        <source>Den senaste hela säkerhetskopian av valvet är från {0} (generation {1}) och finns i {2}. Återställ den bredvid valvet; det skadade valvet ändras inte.</source>
        <translation>The latest intact backup of the vault is from {0} (generation {1}) and is in {2}. Restore it beside the vault; the damaged vault is not changed.</translation>
    </message>
    <message>
        <source>Valvets id gick inte att läsa ur nyckelfilen, så ingen säkerhetskopia kunde sökas fram. Välj en säkerhetskopia själv.</source>
        <translation>The vault’s id could not be read from the key file, so no backup could be looked for. Choose a backup yourself.</translation>
    </message>
    <message>
        <source>Ingen mapp för säkerhetskopior är vald i Inställningar, så ingen säkerhetskopia söktes fram. Välj en säkerhetskopia själv.</source>
        <translation>No backup folder is chosen in Settings, so no backup was looked for. Choose a backup yourself.</translation>
    </message>
    <message>
        <source>Ingen hel säkerhetskopia av valvet hittades i {0}. Välj en säkerhetskopia själv, till exempel från en annan disk.</source>
        <translation>No intact backup of the vault was found in {0}. Choose a backup yourself, for example from another drive.</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Inget team</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>Inget team (handlägger inga ärenden)</source>
        <translation>No team (handles no cases)</translation>
    </message>
    <message>
        <source>En administratör i ett team handlägger också ärenden i det teamet. Utan team ser administratören loggen och kontona men inga ärenden.</source>
        <translation>An administrator in a team also handles cases in that team. Without a team, the administrator sees the log and the accounts but no cases.</translation>
    </message>
    <message>
        <source>En granskare hör inte till något team: granskaren läser loggen, aldrig ärenden.</source>
        <translation>An auditor belongs to no team: the auditor reads the log, never cases.</translation>
    </message>
    <message>
        <source>En socialsekreterare hör till ett team hos Nexus och ser teamets ärenden.</source>
        <translation>A social worker belongs to a team at Nexus and sees the team&apos;s cases.</translation>
    </message>
    <message>
        <source>En handläggare hör till ett team hos Uppsalahem och ser teamets ärenden.</source>
        <translation>A handler belongs to a team at Uppsalahem and sees the team&apos;s cases.</translation>
    </message>
    <message>
        <source>Ange användarens namn.</source>
        <translation>Enter the user&apos;s name.</translation>
    </message>
    <message>
        <source>Namnet får vara högst {0} tecken.</source>
        <translation>The name may be at most {0} characters.</translation>
    </message>
    <message>
        <source>Namnet innehåller otillåtna tecken.</source>
        <translation>The name contains characters that are not allowed.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Användare och team</source>
        <translation>Users and teams</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Ny användare…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>Byt &amp;team…</source>
        <translation>Change &amp;team…</translation>
    </message>
    <message>
        <source>Återställ &amp;lösenfras…</source>
        <translation>Reset &amp;passphrase…</translation>
    </message>
    <message>
        <source>&amp;Inaktivera…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>Nytt t&amp;eam…</source>
        <translation>New t&amp;eam…</translation>
    </message>
    <message>
        <source>Användare</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team hos {0}</source>
        <translation>Teams at {0}</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Medlemmarna i ett team ser varandras ärenden. Handläggare hör till team hos Uppsalahem, socialsekreterare till team hos Nexus.</source>
        <translation>The members of a team see each other&apos;s cases. Handlers belong to teams at Uppsalahem, social workers to teams at Nexus.</translation>
    </message>
    <message>
        <source>Antal användare</source>
        <translation>Number of users</translation>
    </message>
    <message>
        <source>Senaste ändringen</source>
        <translation>Latest change</translation>
    </message>
    <message>
        <source>Valvet är skrivskyddat: konton och team kan inte ändras nu.</source>
        <translation>The vault is read-only: accounts and teams cannot be changed now.</translation>
    </message>
    <message>
        <source>{0} användare, varav 1 inaktiverad</source>
        <translation>{0} users, 1 of them deactivated</translation>
    </message>
    <message>
        <source>{0} användare, varav {1} inaktiverade</source>
        <translation>{0} users, {1} of them deactivated</translation>
    </message>
    <message>
        <source>{0} användare</source>
        <translation>{0} users</translation>
    </message>
    <message>
        <source>Användaren {0} lades till.</source>
        <translation>The user {0} was added.</translation>
    </message>
    <message>
        <source>{0} hör nu till {1}.</source>
        <translation>{0} now belongs to {1}.</translation>
    </message>
    <message>
        <source>{0} har fått en ny lösenfras.</source>
        <translation>{0} has been given a new passphrase.</translation>
    </message>
    <message>
        <source>Teamet {0} lades till.</source>
        <translation>The team {0} was added.</translation>
    </message>
    <message>
        <source>Inaktivera användare</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <source>Inaktivera {0} ({1})?

Kontot kan inte öppnas igen, och det går inte att ångra. Användarens namn och historik finns kvar i loggen.

Valvet får en ny nyckel, så att en gammal kopia av kontots nyckel inte längre öppnar det. Det tar en stund, och ingen annan får ha valvet öppet under tiden.</source>
        <translation>Deactivate {0} ({1})?

The account cannot be opened again, and this cannot be undone. The user&apos;s name and history stay in the log.

The vault gets a new key, so that an old copy of the account&apos;s key no longer opens it. This takes a moment, and no one else may have the vault open meanwhile.</translation>
    </message>
    <message>
        <source>&amp;Inaktivera</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Valvet får en ny nyckel …</source>
        <translation>The vault is getting a new key …</translation>
    </message>
    <message>
        <source>{0} är inaktiverad och valvet har fått en ny nyckel.</source>
        <translation>{0} is deactivated and the vault has a new key.</translation>
    </message>
    <message>
        <source>Inga team</source>
        <translation>No teams</translation>
    </message>
    <message>
        <source>{0} – inga medlemmar</source>
        <translation>{0} – no members</translation>
    </message>
    <message>
        <source>{0} – 1 medlem</source>
        <translation>{0} – 1 member</translation>
    </message>
    <message>
        <source>{0} – {1} medlemmar</source>
        <translation>{0} – {1} members</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team (organisation)</source>
        <translation>Team (organisation)</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>– inget team –</source>
        <translation>– no team –</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej, inaktiverad</source>
        <translation>No, deactivated</translation>
    </message>
</context>
<context>
    <name>VaultWorker</name>
    <message>
        <source>Ett oväntat fel inträffade ({0}). Valvet är oförändrat.</source>
        <translation>An unexpected error occurred ({0}). The vault is unchanged.</translation>
    </message>
</context>
<context>
    <name>VerifyPaperDialog</name>
    <message>
        <source>Verifiera papper</source>
        <translation>Verify paper</translation>
    </message>
    <message>
        <source>Skanna QR-koden på papperet med handskannern, eller klistra in texten från den (eller skriv dokumentnumret) och tryck Retur.</source>
        <translation>Scan the QR code on the paper with the hand scanner, or paste its text (or type the document number) and press Enter.</translation>
    </message>
    <message>
        <source>&amp;QR-kod eller dokumentnummer:</source>
        <translation>&amp;QR code or document number:</translation>
    </message>
    <message>
        <source>QR-kod eller dokumentnummer</source>
        <translation>QR code or document number</translation>
    </message>
    <message>
        <source>t.ex. UH-2026-000042:VOV2XK5L…</source>
        <translation>e.g. UH-2026-000042:VOV2XK5L…</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Blankett:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Dokumentnummer:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Nyare version:</source>
        <translation>Newer version:</translation>
    </message>
    <message>
        <source>Ärende:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Kontrollera</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>&amp;Öppna ärendet</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>Visa registrets &amp;PDF</source>
        <translation>Show the register&apos;s &amp;PDF</translation>
    </message>
    <message>
        <source>Visa dokumentet som det skrevs ut, för att jämföra papperets text med det</source>
        <translation>Show the document as it was printed, to compare the paper&apos;s text with it</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Version {0} finns i ärendet: papperet är inte den senaste.</source>
        <translation>Version {0} is in the case: this paper is not the latest.</translation>
    </message>
    <message>
        <source>(kan inte visas)</source>
        <translation>(cannot be shown)</translation>
    </message>
    <message>
        <source>Registrets PDF – {0}</source>
        <translation>Register&apos;s PDF – {0}</translation>
    </message>
</context>
<context>
    <name>WorkflowPanel</name>
    <message>
        <source>Arbetsflöde</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Ärendet är avslutat.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <source>Registrera</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Nytt &amp;beslut …</source>
        <translation>New &amp;decision …</translation>
    </message>
    <message>
        <source>&amp;Anteckning …</source>
        <translation>&amp;Note …</translation>
    </message>
    <message>
        <source>{0} {1} (nu)</source>
        <translation>{0} {1} (now)</translation>
    </message>
    <message>
        <source>{0} {1} (klart)</source>
        <translation>{0} {1} (done)</translation>
    </message>
    <message>
        <source>{0} {1} (nästa)</source>
        <translation>{0} {1} (next)</translation>
    </message>
    <message>
        <source>{0} …</source>
        <translation>{0} …</translation>
    </message>
    <message>
        <source>Saknas:</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <source>Motivering (sparas i ärendets händelser):</source>
        <translation>Reason (saved in the case&apos;s events):</translation>
    </message>
    <message>
        <source>Utför</source>
        <translation>Do it</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anteckning i ärendets händelser:</source>
        <translation>Note in the case&apos;s events:</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>YearlyDashboard</name>
    <message>
        <source>Årsuppföljning</source>
        <translation>Yearly follow-up</translation>
    </message>
    <message>
        <source>Kalenderår</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Vad som räknas</source>
        <translation>What is counted</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Periodens första dag</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Periodens sista dag</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Maskera små tal (som i PDF och CSV)</source>
        <translation>&amp;Mask small counts (as in the PDF and CSV)</translation>
    </message>
    <message>
        <source>Visar siffrorna som de lämnar enheten: 1 och 2 som &quot;&lt;3&quot;, och ytterligare en siffra dold (&quot;..&quot;) där summan annars skulle avslöja dem.</source>
        <translation>Shows the figures as they leave the unit: 1 and 2 as &quot;&lt;3&quot;, and one more figure hidden (&quot;..&quot;) where the total would otherwise give them away.</translation>
    </message>
    <message>
        <source>&amp;Räkna:</source>
        <translation>&amp;Count by:</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>&amp;Från:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>avslutade placeringar i skyddat boende</source>
        <translation>sheltered-housing placements ended</translation>
    </message>
    <message>
        <source>av dem till förstahandskontrakt</source>
        <translation>of them to a first-hand lease</translation>
    </message>
    <message>
        <source>förfrågningar om kundvård</source>
        <translation>customer-care requests</translation>
    </message>
    <message>
        <source>dagar till första erbjudande (median)</source>
        <translation>days to the first offer (median)</translation>
    </message>
    <message>
        <source>Kvinnojourens lägenheter mot kvoten</source>
        <translation>Kvinnojouren&apos;s flats against the quota</translation>
    </message>
    <message>
        <source>ärenden med försenad riskbedömning</source>
        <translation>cases with an overdue risk assessment</translation>
    </message>
    <message>
        <source>Förhandsgranska &amp;PDF…</source>
        <translation>Preview P&amp;DF…</translation>
    </message>
    <message>
        <source>Spara som &amp;CSV…</source>
        <translation>Save as CS&amp;V…</translation>
    </message>
    <message>
        <source>Årsuppföljning {0}, jämfört med {1}</source>
        <translation>Yearly follow-up {0}, compared with {1}</translation>
    </message>
    <message>
        <source>Perioden pågår: räknat till och med {0}.</source>
        <translation>The period is still running: counted up to and including {0}.</translation>
    </message>
    <message>
        <source>Små tal maskerade som i PDF och CSV: &quot;&lt;3&quot; är 1 eller 2, &quot;..&quot; en siffra som döljs för att de inte ska kunna räknas ut.</source>
        <translation>Small counts masked as in the PDF and CSV: &quot;&lt;3&quot; is 1 or 2, &quot;..&quot; a figure hidden so that they cannot be worked out.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>YearlyReportFlow</name>
    <message>
        <source>Årsuppföljning</source>
        <translation>Yearly follow-up</translation>
    </message>
    <message>
        <source>Spara som CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>_QuotaInput</name>
    <message>
        <source>Avtalet anger &amp;högst</source>
        <translation>The agreement sets at &amp;most</translation>
    </message>
    <message>
        <source>Avtalet anger ett antal lägenheter per år</source>
        <translation>The agreement sets a number of flats a year</translation>
    </message>
    <message>
        <source> lägenheter per kalenderår</source>
        <translation> flats per calendar year</translation>
    </message>
    <message>
        <source>Antal lägenheter per år</source>
        <translation>Number of flats a year</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Kundvård vid våld i nära relation</source>
        <translation>Customer care for domestic violence</translation>
    </message>
    <message>
        <source>Andrahandsuthyrning till Uppsala Kvinnojour</source>
        <translation>Sublet to Uppsala Kvinnojour</translation>
    </message>
    <message>
        <source>Boendekedjan</source>
        <translation>Housing chain</translation>
    </message>
    <message>
        <source>Skyddat boende – utslussning</source>
        <translation>Sheltered housing – transition out</translation>
    </message>
    <message>
        <source>Övertagande av hyresrätt</source>
        <translation>Takeover of tenancy</translation>
    </message>
    <message>
        <source>Förtur</source>
        <translation>Priority housing</translation>
    </message>
    <message>
        <source>Flytt av våldsutövare</source>
        <translation>Relocation of the perpetrator</translation>
    </message>
    <message>
        <source>Inga skyddade personuppgifter</source>
        <translation>No protected personal data</translation>
    </message>
    <message>
        <source>Sekretessmarkering</source>
        <translation>Confidentiality marking</translation>
    </message>
    <message>
        <source>Skyddad folkbokföring</source>
        <translation>Protected registration</translation>
    </message>
    <message>
        <source>Fingerade personuppgifter</source>
        <translation>Assumed identity</translation>
    </message>
    <message>
        <source>Klient (våldsutsatt)</source>
        <translation>Client (victim of violence)</translation>
    </message>
    <message>
        <source>Medhyresgäst</source>
        <translation>Co-tenant</translation>
    </message>
    <message>
        <source>Våldsutövare</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <source>Ombud (fullmaktshavare)</source>
        <translation>Agent (power of attorney)</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Förstahandskontrakt</source>
        <translation>First-hand lease</translation>
    </message>
    <message>
        <source>Andrahandskontrakt till Uppsala Kvinnojour</source>
        <translation>Sublease to Uppsala Kvinnojour</translation>
    </message>
    <message>
        <source>Bostadssocialt kontrakt</source>
        <translation>Social housing contract</translation>
    </message>
    <message>
        <source>Gällande</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Uppsagt</source>
        <translation>Notice given</translation>
    </message>
    <message>
        <source>Upphört</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Ingen risk</source>
        <translation>No risk</translation>
    </message>
    <message>
        <source>Låg risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>Förhöjd risk</source>
        <translation>Elevated risk</translation>
    </message>
    <message>
        <source>Hög risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Nexus styrker behovet</source>
        <translation>Nexus confirms the need</translation>
    </message>
    <message>
        <source>Kundvårdsgruppens beslut</source>
        <translation>Customer care group decision</translation>
    </message>
    <message>
        <source>Hyresgästgodkännande</source>
        <translation>Tenant approval</translation>
    </message>
    <message>
        <source>Beslut om bostadssocialt kontrakt</source>
        <translation>Decision on social housing contract</translation>
    </message>
    <message>
        <source>Beslut om övertagande av hyresrätt</source>
        <translation>Decision on takeover of tenancy</translation>
    </message>
    <message>
        <source>Beslut om förtur efter individuell behovsbedömning</source>
        <translation>Decision on priority after individual needs assessment</translation>
    </message>
    <message>
        <source>Beslut om flytt av våldsutövaren</source>
        <translation>Decision to relocate the perpetrator</translation>
    </message>
    <message>
        <source>Övrigt beslut</source>
        <translation>Other decision</translation>
    </message>
    <message>
        <source>Ärendet öppnat</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Steg i ärendet</source>
        <translation>Case step</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Hot- och riskbedömning</source>
        <translation>Threat and risk assessment</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Nycklar</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Förstahandskontrakt via leverantören</source>
        <translation>First-hand lease through the provider</translation>
    </message>
    <message>
        <source>Annan insats från socialförvaltningen</source>
        <translation>Other support from social services</translation>
    </message>
    <message>
        <source>Ny lägenhet via Länskompotten eller Uppsalahems kundvård</source>
        <translation>New flat through Länskompotten or Uppsalahem customer care</translation>
    </message>
    <message>
        <source>Tillbaka till förövaren</source>
        <translation>Back to the perpetrator</translation>
    </message>
    <message>
        <source>Egen lösning</source>
        <translation>Own arrangement</translation>
    </message>
    <message>
        <source>Administratör</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Handläggare (Uppsalahem)</source>
        <translation>Case handler (Uppsalahem)</translation>
    </message>
    <message>
        <source>Socialsekreterare (Nexus)</source>
        <translation>Social worker (Nexus)</translation>
    </message>
    <message>
        <source>Granskare (endast läsning av loggen)</source>
        <translation>Auditor (reads the log only)</translation>
    </message>
    <message>
        <source>Uppsägningstiden löper ut</source>
        <translation>Notice period ends</translation>
    </message>
    <message>
        <source>Ny hot- och riskbedömning</source>
        <translation>New threat and risk assessment</translation>
    </message>
    <message>
        <source>Får annonseras/visas från</source>
        <translation>May be advertised/shown from</translation>
    </message>
    <message>
        <source>Beslut gäller till</source>
        <translation>Decision valid until</translation>
    </message>
    <message>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Utskriven</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Underskriven</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Arkiverad</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Lägenhet</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>Hyresavtal</source>
        <translation>Lease</translation>
    </message>
    <message>
        <source>Nyckel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Tagg</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Kort</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Underteckna hyresavtal för ny bostad</source>
        <translation>Sign the lease for a new home</translation>
    </message>
    <message>
        <source>Säga upp nuvarande hyresavtal</source>
        <translation>Give notice on the current lease</translation>
    </message>
    <message>
        <source>Kvittera ut och lämna tillbaka nycklar, taggar och kort</source>
        <translation>Sign for and hand back keys, tags and cards</translation>
    </message>
    <message>
        <source>Nyckel, tagg eller kort saknas (har inte lämnats tillbaka)</source>
        <translation>Key, tag or card missing (not returned)</translation>
    </message>
    <message>
        <source>Obehörig person kan ha nycklar till lägenheten</source>
        <translation>An unauthorised person may have keys to the flat</translation>
    </message>
    <message>
        <source>Annat skäl</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Utlämning</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Återlämning</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Förlust</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Körkort</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Nationellt id-kort</source>
        <translation>National identity card</translation>
    </message>
    <message>
        <source>Annan godkänd legitimation</source>
        <translation>Other approved identity document</translation>
    </message>
    <message>
        <source>Uthyrd på vanligt sätt efter bedömning att det är tryggt</source>
        <translation>Let in the ordinary way after an assessment that it is safe</translation>
    </message>
    <message>
        <source>Erbjuden kommunen som bostadssocialt kontrakt (kvotavtal)</source>
        <translation>Offered to the municipality as a social housing contract (quota agreement)</translation>
    </message>
    <message>
        <source>Står tom</source>
        <translation>Standing empty</translation>
    </message>
    <message>
        <source>gällande</source>
        <translation>active</translation>
    </message>
    <message>
        <source>uppsagt</source>
        <translation>under notice</translation>
    </message>
    <message>
        <source>upphört</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>inga skyddade personuppgifter</source>
        <translation>no protected personal data</translation>
    </message>
    <message>
        <source>sekretessmarkering</source>
        <translation>a confidentiality marking</translation>
    </message>
    <message>
        <source>skyddad folkbokföring</source>
        <translation>protected registration</translation>
    </message>
    <message>
        <source>fingerade personuppgifter</source>
        <translation>an assumed identity</translation>
    </message>
    <message>
        <source>ingen risk</source>
        <translation>no risk</translation>
    </message>
    <message>
        <source>låg risk</source>
        <translation>low risk</translation>
    </message>
    <message>
        <source>förhöjd risk</source>
        <translation>elevated risk</translation>
    </message>
    <message>
        <source>hög risk</source>
        <translation>high risk</translation>
    </message>
    <message>
        <source>underteckna hyresavtal för ny bostad</source>
        <translation>sign the lease for a new home</translation>
    </message>
    <message>
        <source>säga upp nuvarande hyresavtal</source>
        <translation>give notice on the current lease</translation>
    </message>
    <message>
        <source>kvittera ut och lämna tillbaka nycklar, taggar och kort</source>
        <translation>sign for and hand back keys, tags and cards</translation>
    </message>
    <message>
        <source>nyckel</source>
        <translation>key</translation>
    </message>
    <message>
        <source>tagg</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>kort</source>
        <translation>card</translation>
    </message>
    <message>
        <source>Förfrågan från Nexus mottagen</source>
        <translation>Request from Nexus received</translation>
    </message>
    <message>
        <source>Behovet styrkt av Nexus</source>
        <translation>Need confirmed by Nexus</translation>
    </message>
    <message>
        <source>Beviljat av Kundvårdsgruppen</source>
        <translation>Granted by the customer care group</translation>
    </message>
    <message>
        <source>Avslaget av Kundvårdsgruppen</source>
        <translation>Refused by the customer care group</translation>
    </message>
    <message>
        <source>Likvärdig bostad erbjuden</source>
        <translation>Equivalent flat offered</translation>
    </message>
    <message>
        <source>Flytten genomförd</source>
        <translation>Move completed</translation>
    </message>
    <message>
        <source>Avslutat</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Avbrutet</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Kundvårdsgruppen beviljar kundvård</source>
        <translation>Customer care group grants customer care</translation>
    </message>
    <message>
        <source>Kundvårdsgruppen avslår</source>
        <translation>Customer care group refuses</translation>
    </message>
    <message>
        <source>Erbjud likvärdig bostad</source>
        <translation>Offer an equivalent flat</translation>
    </message>
    <message>
        <source>Erbjudandet avböjdes</source>
        <translation>Offer declined</translation>
    </message>
    <message>
        <source>Registrera flytten</source>
        <translation>Record the move</translation>
    </message>
    <message>
        <source>Avsluta ärendet</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Avbryt ärendet</source>
        <translation>Cancel the case</translation>
    </message>
    <message>
        <source>Förfrågan från Uppsala Kvinnojour</source>
        <translation>Request from Uppsala Kvinnojour</translation>
    </message>
    <message>
        <source>Andrahandshyresgästen godkänd</source>
        <translation>Subtenant approved</translation>
    </message>
    <message>
        <source>Andrahandshyresgästen inte godkänd</source>
        <translation>Subtenant not approved</translation>
    </message>
    <message>
        <source>Andrahandsavtalet undertecknat</source>
        <translation>Sublease signed</translation>
    </message>
    <message>
        <source>Avtalet avslutat</source>
        <translation>Lease ended</translation>
    </message>
    <message>
        <source>Godkänn andrahandshyresgästen</source>
        <translation>Approve the subtenant</translation>
    </message>
    <message>
        <source>Godkänn inte andrahandshyresgästen</source>
        <translation>Do not approve the subtenant</translation>
    </message>
    <message>
        <source>Avsluta avtalet</source>
        <translation>End the lease</translation>
    </message>
    <message>
        <source>Anmäld till boendekedjan</source>
        <translation>Registered with the housing chain</translation>
    </message>
    <message>
        <source>Bostadssocialt kontrakt beviljat</source>
        <translation>Social housing contract granted</translation>
    </message>
    <message>
        <source>Lägenhet erbjuden</source>
        <translation>Flat offered</translation>
    </message>
    <message>
        <source>Länskompotten – lägenhet i annan kommun i länet</source>
        <translation>Länskompotten – flat in another municipality in the county</translation>
    </message>
    <message>
        <source>Placeringen planeras upphöra</source>
        <translation>Placement planned to end</translation>
    </message>
    <message>
        <source>Ramavtal om skyddat boende</source>
        <translation>Framework agreement on sheltered housing</translation>
    </message>
    <message>
        <source>Samarbetsavtal/tillsvidareavtal med Uppsala Kvinnojour</source>
        <translation>Cooperation/open-ended agreement with Uppsala Kvinnojour</translation>
    </message>
    <message>
        <source>Idéburet offentligt partnerskap (IOP)</source>
        <translation>Non-profit public partnership (IOP)</translation>
    </message>
    <message>
        <source>Samverkansavtal Länskompotten</source>
        <translation>Länskompotten collaboration agreement</translation>
    </message>
    <message>
        <source>Övrigt avtal</source>
        <translation>Other agreement</translation>
    </message>
    <message>
        <source>Enköping</source>
        <translation>Enköping</translation>
    </message>
    <message>
        <source>Heby</source>
        <translation>Heby</translation>
    </message>
    <message>
        <source>Håbo</source>
        <translation>Håbo</translation>
    </message>
    <message>
        <source>Knivsta</source>
        <translation>Knivsta</translation>
    </message>
    <message>
        <source>Tierp</source>
        <translation>Tierp</translation>
    </message>
    <message>
        <source>Älvkarleby</source>
        <translation>Älvkarleby</translation>
    </message>
    <message>
        <source>Östhammar</source>
        <translation>Östhammar</translation>
    </message>
    <message>
        <source>Flyttat till lägenhet i kommunen</source>
        <translation>Moved to a flat in the municipality</translation>
    </message>
    <message>
        <source>Klienten tackade nej</source>
        <translation>The client declined</translation>
    </message>
    <message>
        <source>Ingen lägenhet i kommunen</source>
        <translation>No flat in the municipality</translation>
    </message>
    <message>
        <source>Bostadssocialt kontrakt (prövotid)</source>
        <translation>Social housing contract (trial period)</translation>
    </message>
    <message>
        <source>Förstahandskontraktet övertaget</source>
        <translation>First-hand lease taken over</translation>
    </message>
    <message>
        <source>Avslutat utan övertagande</source>
        <translation>Closed without takeover</translation>
    </message>
    <message>
        <source>Bevilja bostadssocialt kontrakt</source>
        <translation>Grant a social housing contract</translation>
    </message>
    <message>
        <source>Erbjud lägenhet</source>
        <translation>Offer a flat</translation>
    </message>
    <message>
        <source>Bostadssocialt kontrakt undertecknat</source>
        <translation>Social housing contract signed</translation>
    </message>
    <message>
        <source>Klienten tar över förstahandskontraktet</source>
        <translation>The client takes over the first-hand lease</translation>
    </message>
    <message>
        <source>Avsluta utan övertagande</source>
        <translation>Close without takeover</translation>
    </message>
    <message>
        <source>Placerad i skyddat boende</source>
        <translation>Placed in sheltered housing</translation>
    </message>
    <message>
        <source>Utslussning planeras</source>
        <translation>Transition out being planned</translation>
    </message>
    <message>
        <source>Placeringen avslutad</source>
        <translation>Placement ended</translation>
    </message>
    <message>
        <source>Påbörja utslussning</source>
        <translation>Start the transition out</translation>
    </message>
    <message>
        <source>Avsluta placeringen</source>
        <translation>End the placement</translation>
    </message>
    <message>
        <source>Begäran om övertagande mottagen</source>
        <translation>Takeover request received</translation>
    </message>
    <message>
        <source>Övertagandet prövas</source>
        <translation>Takeover under review</translation>
    </message>
    <message>
        <source>Övertagande beviljat</source>
        <translation>Takeover granted</translation>
    </message>
    <message>
        <source>Övertagande avslaget</source>
        <translation>Takeover refused</translation>
    </message>
    <message>
        <source>Hyresrätten övertagen</source>
        <translation>Tenancy taken over</translation>
    </message>
    <message>
        <source>Påbörja prövningen</source>
        <translation>Start the review</translation>
    </message>
    <message>
        <source>Bevilja övertagandet</source>
        <translation>Grant the takeover</translation>
    </message>
    <message>
        <source>Avslå övertagandet</source>
        <translation>Refuse the takeover</translation>
    </message>
    <message>
        <source>Överenskommelse om övertagande undertecknad</source>
        <translation>Takeover agreement signed</translation>
    </message>
    <message>
        <source>Ansökan om förtur mottagen</source>
        <translation>Priority application received</translation>
    </message>
    <message>
        <source>Förtur beviljad</source>
        <translation>Priority granted</translation>
    </message>
    <message>
        <source>Förtur avslagen</source>
        <translation>Priority refused</translation>
    </message>
    <message>
        <source>Hyresavtal tecknat</source>
        <translation>Lease signed</translation>
    </message>
    <message>
        <source>Bevilja förtur</source>
        <translation>Grant priority</translation>
    </message>
    <message>
        <source>Avslå förtur</source>
        <translation>Refuse priority</translation>
    </message>
    <message>
        <source>Förfrågan om att flytta våldsutövaren</source>
        <translation>Request to relocate the perpetrator</translation>
    </message>
    <message>
        <source>Flytt beslutad</source>
        <translation>Relocation decided</translation>
    </message>
    <message>
        <source>Flytt inte lämplig</source>
        <translation>Relocation not suitable</translation>
    </message>
    <message>
        <source>Våldsutövaren har flyttat</source>
        <translation>The perpetrator has moved</translation>
    </message>
    <message>
        <source>Besluta om flytt</source>
        <translation>Decide to relocate</translation>
    </message>
    <message>
        <source>Besluta att inte flytta</source>
        <translation>Decide not to relocate</translation>
    </message>
    <message>
        <source>Behov av lägenhet i annan kommun i länet</source>
        <translation>Needs a flat in another municipality in the county</translation>
    </message>
    <message>
        <source>Förfrågan skickad till kommunen</source>
        <translation>Referral sent to the municipality</translation>
    </message>
    <message>
        <source>Lägenhet erbjuden i den andra kommunen</source>
        <translation>Flat offered in the other municipality</translation>
    </message>
    <message>
        <source>Flyttat till den andra kommunen</source>
        <translation>Moved to the other municipality</translation>
    </message>
    <message>
        <source>Ingen lägenhet genom Länskompotten</source>
        <translation>No flat through Länskompotten</translation>
    </message>
    <message>
        <source>Kommunen erbjuder en lägenhet</source>
        <translation>The municipality offers a flat</translation>
    </message>
    <message>
        <source>Ny förfrågan till en annan kommun</source>
        <translation>New referral to another municipality</translation>
    </message>
    <message>
        <source>Ärendet saknar klient: lägg till den våldsutsatta som part med rollen Klient.</source>
        <translation>The case has no client: add the person exposed to violence as a party with the role Client.</translation>
    </message>
    <message>
        <source>Nexus har inte styrkt behovet: registrera Nexus beslut om styrkt behov av ny bostad.</source>
        <translation>Nexus has not confirmed the need: record Nexus&apos; decision confirming the need for a new home.</translation>
    </message>
    <message>
        <source>Kundvårdsgruppens beslut om att bevilja kundvård saknas.</source>
        <translation>The customer care group&apos;s decision to grant customer care is missing.</translation>
    </message>
    <message>
        <source>Kundvårdsgruppens beslut om avslag saknas.</source>
        <translation>The customer care group&apos;s decision to refuse is missing.</translation>
    </message>
    <message>
        <source>Ärendet saknar lägenhet: koppla en lägenhet till ärendet.</source>
        <translation>The case has no flat: link a flat to the case.</translation>
    </message>
    <message>
        <source>Det finns ingen aktuell hot- och riskbedömning: registrera en ny bedömning (den senaste saknas eller har passerat sitt uppföljningsdatum).</source>
        <translation>There is no current threat and risk assessment: record a new assessment (there is none, or the latest has passed its review date).</translation>
    </message>
    <message>
        <source>Klientens nya förstahandskontrakt saknas: koppla ett gällande förstahandskontrakt med klienten som hyresgäst till ärendet.</source>
        <translation>The client&apos;s new first-hand lease is missing: link an active first-hand lease with the client as tenant to the case.</translation>
    </message>
    <message>
        <source>Den gamla lägenhetens hyresavtal har upphört (uppsägningstiden har löpt ut).</source>
        <translation>The old flat&apos;s lease has ended (the notice period has run out).</translation>
    </message>
    <message>
        <source>Utfallet för den gamla lägenheten är registrerat.</source>
        <translation>The outcome for the old flat is recorded.</translation>
    </message>
    <message>
        <source>Hyresgästgodkännande saknas (kreditupplysning och boendereferens).</source>
        <translation>Tenant approval is missing (credit check and housing reference).</translation>
    </message>
    <message>
        <source>Beslut om att andrahandshyresgästen inte godkänns saknas.</source>
        <translation>The decision not to approve the subtenant is missing.</translation>
    </message>
    <message>
        <source>Ärendet saknar ett hyresavtal av typen andrahandskontrakt till Uppsala Kvinnojour.</source>
        <translation>The case has no lease of the type sublease to Uppsala Kvinnojour.</translation>
    </message>
    <message>
        <source>Inget hyresavtal i ärendet har ett registrerat uppsägningsdatum: registrera dagen då uppsägningen togs emot eller skickades.</source>
        <translation>No lease in the case has a recorded notice date: record the day the notice was received or posted.</translation>
    </message>
    <message>
        <source>Beslut om bostadssocialt kontrakt genom boendekedjan saknas.</source>
        <translation>The decision on a social housing contract through the housing chain is missing.</translation>
    </message>
    <message>
        <source>Det bostadssociala kontraktet saknas: koppla ett gällande bostadssocialt kontrakt med klienten som hyresgäst till ärendet.</source>
        <translation>The social housing contract is missing: link an active social housing contract with the client as tenant to the case.</translation>
    </message>
    <message>
        <source>Beslut om att klienten får ta över förstahandskontraktet saknas.</source>
        <translation>The decision that the client may take over the first-hand lease is missing.</translation>
    </message>
    <message>
        <source>Placeringen saknas: registrera placeringen i skyddat boende (ramavtal, leverantör och datum).</source>
        <translation>The placement is missing: record the placement in sheltered housing (framework agreement, provider and dates).</translation>
    </message>
    <message>
        <source>Bostad först</source>
        <translation>Housing First</translation>
    </message>
    <message>
        <source>Beslut om Bostad först</source>
        <translation>Decision on Housing First</translation>
    </message>
    <message>
        <source>Prövotid</source>
        <translation>Trial period</translation>
    </message>
    <message>
        <source>Den gamla lägenheten</source>
        <translation>The old flat</translation>
    </message>
    <message>
        <source>Prövotiden löper ut</source>
        <translation>Trial period ends</translation>
    </message>
    <message>
        <source>Planerad utflytt ur utslussnings-/jourlägenhet</source>
        <translation>Planned move-out from a transition/emergency flat</translation>
    </message>
    <message>
        <source>Utan betalningsanmärkningar</source>
        <translation>No payment remarks</translation>
    </message>
    <message>
        <source>Med betalningsanmärkningar/hyresskuld</source>
        <translation>Payment remarks/rent debt</translation>
    </message>
    <message>
        <source>Ej gjord</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Godkänd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Störningar eller misskötsel</source>
        <translation>Disturbances or mismanagement</translation>
    </message>
    <message>
        <source>Saknas</source>
        <translation>None available</translation>
    </message>
    <message>
        <source>Prövotiden förlängs</source>
        <translation>Trial period extended</translation>
    </message>
    <message>
        <source>Avslutas utan övertagande</source>
        <translation>Ends without takeover</translation>
    </message>
    <message>
        <source>Jourlägenhet</source>
        <translation>Emergency flat</translation>
    </message>
    <message>
        <source>Kvinnobyråns lägenhet</source>
        <translation>Kvinnobyrån’s flat</translation>
    </message>
    <message>
        <source>Kvinnojourens lägenhet</source>
        <translation>Kvinnojouren’s flat</translation>
    </message>
    <message>
        <source>Till annan kommun</source>
        <translation>To another municipality</translation>
    </message>
    <message>
        <source>Från annan kommun</source>
        <translation>From another municipality</translation>
    </message>
    <message>
        <source>Förfrågan skickad</source>
        <translation>Referral sent</translation>
    </message>
    <message>
        <source>Accepterad</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Avslagen</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Skala 1–5</source>
        <translation>Scale 1–5</translation>
    </message>
    <message>
        <source>Ja eller nej</source>
        <translation>Yes or no</translation>
    </message>
    <message>
        <source>Fritext</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Pappersformulär</source>
        <translation>Paper form</translation>
    </message>
    <message>
        <source>Digitalt</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>förfrågan skickad</source>
        <translation>request sent</translation>
    </message>
    <message>
        <source>accepterad</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>avslagen</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>genomförd</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>Insatsen beviljad</source>
        <translation>Intervention granted</translation>
    </message>
    <message>
        <source>Väntar på lägenhet</source>
        <translation>Waiting for a flat</translation>
    </message>
    <message>
        <source>Inflyttad</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>Börja söka lägenhet</source>
        <translation>Start looking for a flat</translation>
    </message>
    <message>
        <source>Registrera inflyttningen</source>
        <translation>Record the move-in</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Den gemensamma bedömningen om övertagande saknas eller säger inte att klienten tar över: registrera bedömningen under Lägenhet och avtal, Prövotid.</source>
        <translation>The joint takeover assessment is missing or does not say that the client takes over: record the assessment under Flat and lease, Trial period.</translation>
    </message>
    <message>
        <source>Placeringens faktiska slutdatum saknas: registrera när placeringen upphörde.</source>
        <translation>The actual end date of the placement is missing: record when the placement ended.</translation>
    </message>
    <message>
        <source>Utfallet saknas: ange vart klienten flyttade när placeringen avslutades.</source>
        <translation>The outcome is missing: say where the client moved when the placement ended.</translation>
    </message>
    <message>
        <source>Ärendet saknar hyresavtal: koppla ett hyresavtal till ärendet.</source>
        <translation>The case has no lease: link a lease to the case.</translation>
    </message>
    <message>
        <source>Beslut om att klienten inte får ta över förstahandskontraktet saknas.</source>
        <translation>The decision that the client may not take over the first-hand lease is missing.</translation>
    </message>
    <message>
        <source>Klienten står inte som ensam hyresgäst på ett gällande hyresavtal i ärendet.</source>
        <translation>The client is not the sole tenant on an active lease in the case.</translation>
    </message>
    <message>
        <source>Beslut om förtur efter individuell behovsbedömning saknas.</source>
        <translation>The decision on priority after an individual needs assessment is missing.</translation>
    </message>
    <message>
        <source>Beslut om avslag på förtur efter individuell behovsbedömning saknas.</source>
        <translation>The decision refusing priority after an individual needs assessment is missing.</translation>
    </message>
    <message>
        <source>Beslutet om förtur gäller fortfarande.</source>
        <translation>The priority decision is still valid.</translation>
    </message>
    <message>
        <source>Ärendet saknar våldsutövare: lägg till en part med rollen Våldsutövare.</source>
        <translation>The case has no perpetrator: add a party with the role Perpetrator.</translation>
    </message>
    <message>
        <source>Den senaste hot- och riskbedömningen är aktuell, visar låg eller ingen risk och att våldsutövaren inte är uppsökande.</source>
        <translation>The latest threat and risk assessment is current, finds low or no risk, and finds that the perpetrator does not seek the victim out.</translation>
    </message>
    <message>
        <source>Beslut om att flytta våldsutövaren saknas.</source>
        <translation>The decision to relocate the perpetrator is missing.</translation>
    </message>
    <message>
        <source>Beslut om att inte flytta våldsutövaren saknas.</source>
        <translation>The decision not to relocate the perpetrator is missing.</translation>
    </message>
    <message>
        <source>Våldsutövarens hyresavtal för den nya lägenheten saknas i ärendet.</source>
        <translation>The perpetrator&apos;s lease for the new flat is missing from the case.</translation>
    </message>
    <message>
        <source>Ingen förfrågan är registrerad: registrera vilken kommun i länet förfrågan skickades till och när.</source>
        <translation>No referral is recorded: record which municipality in the county the referral was sent to, and when.</translation>
    </message>
    <message>
        <source>Kommunens svar saknas: registrera att kommunen erbjudit en lägenhet.</source>
        <translation>The municipality&apos;s answer is missing: record that the municipality has offered a flat.</translation>
    </message>
    <message>
        <source>Registrera i förfrågan att klienten har flyttat till lägenheten i kommunen.</source>
        <translation>Record in the referral that the client has moved to the flat in the municipality.</translation>
    </message>
    <message>
        <source>Registrera i förfrågan att kommunen inte hade någon lägenhet eller att klienten tackade nej.</source>
        <translation>Record in the referral that the municipality had no flat or that the client declined.</translation>
    </message>
    <message>
        <source>Registrera först den nya förfrågan till en annan kommun i länet.</source>
        <translation>First record the new referral to another municipality in the county.</translation>
    </message>
    <message>
        <source>Beslutet om att bevilja Bostad först saknas: registrera beslutet.</source>
        <translation>The decision granting Housing First is missing: record the decision.</translation>
    </message>
    <message>
        <source>Klientens hyresavtal saknas: koppla ett gällande hyresavtal för den erbjudna lägenheten med klienten som hyresgäst till ärendet.</source>
        <translation>The client’s lease is missing: link a current lease for the offered flat, with the client as tenant, to the case.</translation>
    </message>
    <message>
        <source>Det finns inget beviljat beslut om förtur.</source>
        <translation>There is no decision granting priority.</translation>
    </message>
    <message>
        <source>Flytt av våldsutövaren kräver en hot- och riskbedömning, och ingen finns.</source>
        <translation>Relocating the perpetrator requires a threat and risk assessment, and there is none.</translation>
    </message>
    <message>
        <source>Beslutet om förtur gäller inte längre; gör en ny behovsbedömning.</source>
        <translation>The priority decision is no longer valid; make a new needs assessment.</translation>
    </message>
    <message>
        <source>Den senaste riskbedömningen är daterad i framtiden.</source>
        <translation>The latest risk assessment is dated in the future.</translation>
    </message>
    <message>
        <source>Våldsutövaren bedöms vara uppsökande; den våldsutsatta skulle då bo kvar på en adress som våldsutövaren känner till.</source>
        <translation>The perpetrator is judged to seek the victim out; the victim would then stay at an address the perpetrator knows.</translation>
    </message>
    <message>
        <source>Varning (12 kap. 47 § jordabalken): klienten är ensam hyresgäst och våldsutövaren bor kvar i lägenheten. Om klienten säger upp avtalet kan våldsutövaren, som make, maka eller sambo, ha rätt att ta över hyresavtalet. Stäm av med hyresvärden hur avtalet ska avslutas innan uppsägningen skickas.</source>
        <translation>Warning (chapter 12, section 47 of the Land Code): the client is the sole tenant and the perpetrator still lives in the flat. If the client gives notice, the perpetrator may, as spouse or cohabitant, have the right to take over the lease. Agree with the landlord how the lease is to be ended before the notice is sent.</translation>
    </message>
    <message>
        <source>Klienten och våldsutövaren står båda på hyresavtalet. En medhyresgäst som utsatts för våld av en närstående kan få ta över hyresavtalet för egen del (12 kap. 47 § jordabalken, skärpt 1 juli 2024). Pröva ett övertagande innan avtalet sägs upp.</source>
        <translation>The client and the perpetrator are both on the lease. A co-tenant exposed to violence by someone close may take over the lease in their own name (chapter 12, section 47 of the Land Code, strengthened 1 July 2024). Consider a takeover before notice is given on the lease.</translation>
    </message>
    <message>
        <source>Våldsutövaren är hyresgäst och klienten bor i lägenheten utan att stå på avtalet. Som make, maka eller sambo kan klienten ha rätt att ta över hyresavtalet (12 kap. 47 § jordabalken, skärpt 1 juli 2024).</source>
        <translation>The perpetrator is the tenant and the client lives in the flat without being on the lease. As spouse or cohabitant, the client may have the right to take over the lease (chapter 12, section 47 of the Land Code, strengthened 1 July 2024).</translation>
    </message>
    <message>
        <source>Mycket svag</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Svag</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Medelstark</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Stark</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Mycket stark</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>Använd några ord och undvik vanliga fraser.</source>
        <translation>Use a few words, avoid common phrases.</translation>
    </message>
    <message>
        <source>Specialtecken, siffror och versaler behövs inte.</source>
        <translation>No need for symbols, digits, or uppercase letters.</translation>
    </message>
    <message>
        <source>Lägg till ett eller två ord till. Ovanliga ord är bättre.</source>
        <translation>Add another word or two. Uncommon words are better.</translation>
    </message>
    <message>
        <source>Raka rader på tangentbordet är lätta att gissa.</source>
        <translation>Straight rows of keys are easy to guess.</translation>
    </message>
    <message>
        <source>Korta tangentbordsmönster är lätta att gissa.</source>
        <translation>Short keyboard patterns are easy to guess.</translation>
    </message>
    <message>
        <source>Använd ett längre tangentbordsmönster med fler svängar.</source>
        <translation>Use a longer keyboard pattern with more turns.</translation>
    </message>
    <message>
        <source>Upprepningar som ”aaa” är lätta att gissa.</source>
        <translation>Repeats like &quot;aaa&quot; are easy to guess.</translation>
    </message>
    <message>
        <source>Upprepningar som ”abcabcabc” är bara lite svårare att gissa än ”abc”.</source>
        <translation>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</translation>
    </message>
    <message>
        <source>Undvik upprepade ord och tecken.</source>
        <translation>Avoid repeated words and characters.</translation>
    </message>
    <message>
        <source>Följder som ”abc” eller ”6543” är lätta att gissa.</source>
        <translation>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</translation>
    </message>
    <message>
        <source>Undvik följder.</source>
        <translation>Avoid sequences.</translation>
    </message>
    <message>
        <source>Årtal från senare år är lätta att gissa.</source>
        <translation>Recent years are easy to guess.</translation>
    </message>
    <message>
        <source>Undvik årtal från senare år.</source>
        <translation>Avoid recent years.</translation>
    </message>
    <message>
        <source>Undvik årtal som har med dig att göra.</source>
        <translation>Avoid years that are associated with you.</translation>
    </message>
    <message>
        <source>Datum är ofta lätta att gissa.</source>
        <translation>Dates are often easy to guess.</translation>
    </message>
    <message>
        <source>Undvik datum och årtal som har med dig att göra.</source>
        <translation>Avoid dates and years that are associated with you.</translation>
    </message>
    <message>
        <source>Det här är ett av de tio vanligaste lösenorden.</source>
        <translation>This is a top-10 common password.</translation>
    </message>
    <message>
        <source>Det här är ett av de hundra vanligaste lösenorden.</source>
        <translation>This is a top-100 common password.</translation>
    </message>
    <message>
        <source>Det här är ett mycket vanligt lösenord.</source>
        <translation>This is a very common password.</translation>
    </message>
    <message>
        <source>Det här liknar ett vanligt lösenord.</source>
        <translation>This is similar to a commonly used password.</translation>
    </message>
    <message>
        <source>Ett ensamt ord är lätt att gissa.</source>
        <translation>A word by itself is easy to guess.</translation>
    </message>
    <message>
        <source>Förnamn och efternamn ensamma är lätta att gissa.</source>
        <translation>Names and surnames by themselves are easy to guess.</translation>
    </message>
    <message>
        <source>Vanliga förnamn och efternamn är lätta att gissa.</source>
        <translation>Common names and surnames are easy to guess.</translation>
    </message>
    <message>
        <source>Versal i början hjälper inte mycket.</source>
        <translation>Capitalization does not help very much.</translation>
    </message>
    <message>
        <source>Bara versaler är nästan lika lätt att gissa som bara gemener.</source>
        <translation>All-uppercase is almost as easy to guess as all-lowercase.</translation>
    </message>
    <message>
        <source>Baklänges stavade ord är inte mycket svårare.</source>
        <translation>Reversed words are not much harder to guess.</translation>
    </message>
    <message>
        <source>Förutsägbara utbyten som ”@” i stället för ”a” hjälper inte mycket.</source>
        <translation>Predictable substitutions like &quot;@&quot; instead of &quot;a&quot; do not help very much.</translation>
    </message>
    <message>
        <source>Gör lösenfrasen längre med fler ovanliga ord.</source>
        <translation>Make the passphrase longer with more uncommon words.</translation>
    </message>
    <message>
        <source>Undvik ord som hör till arbetet, vanliga svenska ord och namn.</source>
        <translation>Avoid words from work, common Swedish words and names.</translation>
    </message>
    <message>
        <source>Skriv en lösenfras: några ovanliga ord med mellanslag emellan är lätta att minnas.</source>
        <translation>Type a passphrase: a few uncommon words with spaces between them are easy to remember.</translation>
    </message>
    <message>
        <source>Lösenfrasen måste vara minst 12 tecken lång.</source>
        <translation>The passphrase must be at least 12 characters long.</translation>
    </message>
    <message>
        <source>Lösenfrasen får inte börja eller sluta med mellanslag.</source>
        <translation>The passphrase must not begin or end with a space.</translation>
    </message>
    <message>
        <source>Användarnamnet ska vara 2–32 tecken: små bokstäver a–z, siffror, punkt, bindestreck eller understreck, och börja med en bokstav.</source>
        <translation>The user name must be 2–32 characters: lower-case letters a–z, digits, full stop, hyphen or underscore, starting with a letter.</translation>
    </message>
    <message>
        <source>Fel användarnamn eller lösenfras.</source>
        <translation>Wrong user name or passphrase.</translation>
    </message>
    <message>
        <source>Återställningsnyckeln passar inte till det här valvet.</source>
        <translation>The recovery key does not fit this vault.</translation>
    </message>
    <message>
        <source>Återställningsnyckeln är tom. Skriv av nyckeln från papperet.</source>
        <translation>The recovery key is empty. Copy the key from the paper.</translation>
    </message>
    <message>
        <source>Återställningsnyckeln är felskriven — kontrollera tecknen.</source>
        <translation>The recovery key is mistyped — check the characters.</translation>
    </message>
    <message>
        <source>Begäran om kundvård vid våld i nära relation</source>
        <translation>Request for customer care for domestic violence</translation>
    </message>
    <message>
        <source>Nexus begär kundvård hos Uppsalahem och styrker klientens behov av ny bostad.</source>
        <translation>Nexus requests customer care from Uppsalahem and confirms the client&apos;s need for a new home.</translation>
    </message>
    <message>
        <source>Uppsägning av hyresavtal</source>
        <translation>Notice of termination of lease</translation>
    </message>
    <message>
        <source>Hyresgästernas uppsägning med beräknat slutdatum och underskrift från alla.</source>
        <translation>The tenants&apos; notice, with the computed end date and signatures from all of them.</translation>
    </message>
    <message>
        <source>Bekräftelse av uppsägning</source>
        <translation>Confirmation of notice</translation>
    </message>
    <message>
        <source>Uppsalahem bekräftar uppsägningen till hyresgästerna med slutdatum.</source>
        <translation>Uppsalahem confirms the notice to the tenants, with the end date.</translation>
    </message>
    <message>
        <source>Kontraktsunderlag för ny bostad</source>
        <translation>Contract details for a new home</translation>
    </message>
    <message>
        <source>Underlag för det manuella hyresavtalet för den nya bostaden.</source>
        <translation>Details for drawing up the lease for the new home by hand.</translation>
    </message>
    <message>
        <source>Överenskommelse om övertagande av hyresrätt</source>
        <translation>Agreement on takeover of tenancy</translation>
    </message>
    <message>
        <source>En hyresgäst lämnar avtalet och klienten tar över hyresrätten.</source>
        <translation>A tenant leaves the lease and the client takes over the tenancy.</translation>
    </message>
    <message>
        <source>Fullmakt</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>Klienten ger ett ombud rätt att skriva avtal, säga upp och hämta nycklar.</source>
        <translation>The client gives an agent the right to sign leases, give notice and collect keys.</translation>
    </message>
    <message>
        <source>Nyckelkvittens vid utlämning</source>
        <translation>Key receipt on issue</translation>
    </message>
    <message>
        <source>Kvitto på varje nyckel, tagg och kort som lämnas ut, med låssystem och serie.</source>
        <translation>Receipt for every key, tag and card handed out, with lock system and series.</translation>
    </message>
    <message>
        <source>Nyckelkvittens vid återlämnande</source>
        <translation>Key receipt on return</translation>
    </message>
    <message>
        <source>Kvitto på återlämnade nycklar, taggar och kort; anger när låset ska bytas.</source>
        <translation>Receipt for returned keys, tags and cards; states when the lock is to be changed.</translation>
    </message>
    <message>
        <source>Beställning av låsbyte</source>
        <translation>Lock change order</translation>
    </message>
    <message>
        <source>Beställning av lås- eller cylinderbyte, utan namn på de boende.</source>
        <translation>Order for a lock or cylinder change, without the names of the residents.</translation>
    </message>
    <message>
        <source>Andrahandsavtal</source>
        <translation>Sublease agreement</translation>
    </message>
    <message>
        <source>Andrahandsavtal från Uppsala Kvinnojour eller bostadssocialt kontrakt, med prövotid och gemensam bedömning.</source>
        <translation>Sublease from Uppsala Kvinnojour or social housing contract, with a trial period and a joint assessment.</translation>
    </message>
    <message>
        <source>Beslut om förtur</source>
        <translation>Priority decision</translation>
    </message>
    <message>
        <source>Beslut om förtur i bostadskön efter individuell behovsbedömning.</source>
        <translation>Decision on priority in the housing queue after an individual needs assessment.</translation>
    </message>
    <message>
        <source>Beslut om hyresgästgodkännande</source>
        <translation>Decision on tenant approval</translation>
    </message>
    <message>
        <source>Beslut om godkännande av hyresgäst efter kreditupplysning och kontroll av boendereferens, med undantaget för hyresskuld eller störningar orsakade av våldet.</source>
        <translation>Decision approving a tenant after a credit check and a check of the housing reference, with the exception for rent debt or disturbances caused by the violence.</translation>
    </message>
    <message>
        <source>Samtycke till informationsutbyte</source>
        <translation>Consent to exchange of information</translation>
    </message>
    <message>
        <source>Klientens samtycke till att Nexus och Uppsalahem utbyter valda uppgifter.</source>
        <translation>The client&apos;s consent to Nexus and Uppsalahem exchanging selected information.</translation>
    </message>
    <message>
        <source>Försättsblad för arkivering</source>
        <translation>Cover sheet for archiving</translation>
    </message>
    <message>
        <source>Försättsblad för ett arkivpaket, utan namn, personnummer eller adresser.</source>
        <translation>Cover sheet for an archive package, without names, personal identity numbers or addresses.</translation>
    </message>
    <message>
        <source>Instruktion för post via Skatteverket</source>
        <translation>Instructions for mail via the Swedish Tax Agency</translation>
    </message>
    <message>
        <source>Så skickas post till en person med skyddade personuppgifter.</source>
        <translation>How to send mail to a person with protected personal data.</translation>
    </message>
    <message>
        <source>Informationsblad: stöd vid våld i nära relation</source>
        <translation>Information sheet: support in cases of domestic violence</translation>
    </message>
    <message>
        <source>Information på lätt svenska om stöd och boende, utan personuppgifter.</source>
        <translation>Information in easy-to-read Swedish about support and housing, without personal data.</translation>
    </message>
    <message>
        <source>Behov av ny bostad och boendesituation</source>
        <translation>Need for a new home and housing situation</translation>
    </message>
    <message>
        <source>Hot- och riskbedömning i den del som behövs för boendet</source>
        <translation>Threat and risk assessment, to the extent needed for the housing</translation>
    </message>
    <message>
        <source>Hyresavtal, hyra och eventuella skulder</source>
        <translation>Lease, rent and any debts</translation>
    </message>
    <message>
        <source>Skyddade personuppgifter och hur post ska skickas</source>
        <translation>Protected personal data and how mail is to be sent</translation>
    </message>
    <message>
        <source>Flytt, nycklar och tillträde</source>
        <translation>Moving, keys and access</translation>
    </message>
    <message>
        <source>Likvärdig bostad / byte av lägenhet</source>
        <translation>Equivalent home / change of flat</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Akut – inom 24 timmar</source>
        <translation>Urgent – within 24 hours</translation>
    </message>
    <message>
        <source>Inom en vecka</source>
        <translation>Within a week</translation>
    </message>
    <message>
        <source>Planerat datum</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Våld i nära relation bekräftat av socialtjänsten</source>
        <translation>Domestic violence confirmed by social services</translation>
    </message>
    <message>
        <source>Risk för fortsatt våld i nuvarande bostad enligt hot- och riskbedömning</source>
        <translation>Risk of continued violence in the current home according to the threat and risk assessment</translation>
    </message>
    <message>
        <source>Behov av bostad på annan ort/annat område av säkerhetsskäl</source>
        <translation>Need for a home in another town/area for safety reasons</translation>
    </message>
    <message>
        <source>Hemmavarande barn</source>
        <translation>Children living at home</translation>
    </message>
    <message>
        <source>Ingen annan lösning på bostadsfrågan</source>
        <translation>No other solution to the housing need</translation>
    </message>
    <message>
        <source>Leverantören visas inte (skyddad adress)</source>
        <translation>Provider not shown (protected address)</translation>
    </message>
    <message>
        <source>kan ordna lägenhetskontrakt</source>
        <translation>can arrange a lease</translation>
    </message>
    <message>
        <source>kan inte ordna kontrakt</source>
        <translation>cannot arrange a lease</translation>
    </message>
    <message>
        <source>Avslutade placeringar i skyddat boende efter utfall</source>
        <translation>Sheltered-housing placements ended, by outcome</translation>
    </message>
    <message>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Placeringar vars faktiska slutdatum ligger i perioden; barn som följde med.</source>
        <translation>Placements whose actual end date lies in the period; children who came along.</translation>
    </message>
    <message>
        <source>Placeringar efter leverantör och avropsgrund</source>
        <translation>Placements by provider and call-off reason</translation>
    </message>
    <message>
        <source>Placeringar som började i perioden. Avropsgrund: om leverantören kan ordna ett lägenhetskontrakt när placeringen upphör.</source>
        <translation>Placements that began in the period. Call-off reason: whether the provider can arrange a lease when the placement ends.</translation>
    </message>
    <message>
        <source>Boendekedjan och övertaganden</source>
        <translation>The housing chain and takeovers</translation>
    </message>
    <message>
        <source>Bostadssociala kontrakt (prövotiden började)</source>
        <translation>Social housing contracts (trial period began)</translation>
    </message>
    <message>
        <source>Avslutade utan övertagande</source>
        <translation>Ended without takeover</translation>
    </message>
    <message>
        <source>Övertagande av hyresrätt: överenskommelser</source>
        <translation>Takeover of tenancy: agreements</translation>
    </message>
    <message>
        <source>Övertagande av hyresrätt: avslag</source>
        <translation>Takeover of tenancy: refusals</translation>
    </message>
    <message>
        <source>Förfrågningar från Nexus</source>
        <translation>Requests from Nexus</translation>
    </message>
    <message>
        <source>Beviljade av Kundvårdsgruppen</source>
        <translation>Granted by the customer care group</translation>
    </message>
    <message>
        <source>Avslagna av Kundvårdsgruppen</source>
        <translation>Refused by the customer care group</translation>
    </message>
    <message>
        <source>Erbjudna likvärdig bostad</source>
        <translation>Offered an equivalent home</translation>
    </message>
    <message>
        <source>Flyttar genomförda</source>
        <translation>Moves made</translation>
    </message>
    <message>
        <source>Median, dagar</source>
        <translation>Median, days</translation>
    </message>
    <message>
        <source>Längst, dagar</source>
        <translation>Longest, days</translation>
    </message>
    <message>
        <source>Median och längsta tid från förfrågan till första erbjudande, för ärenden som fick sitt första erbjudande i perioden.</source>
        <translation>Median and longest time from request to first offer, for cases that got their first offer in the period.</translation>
    </message>
    <message>
        <source>Vakansdagar</source>
        <translation>Vacancy days</translation>
    </message>
    <message>
        <source>Hyresförlust, kronor</source>
        <translation>Lost rent, kronor</translation>
    </message>
    <message>
        <source>Lägenheter vars vakans började i perioden; en vakans som pågår räknas till periodens slut. Hyresförlust = månadshyra × 12 / 365 × vakansdagar.</source>
        <translation>Flats whose vacancy began in the period; a running vacancy is counted to the end of the period. Lost rent = monthly rent × 12 / 365 × vacancy days.</translation>
    </message>
    <message>
        <source>Uppsala Kvinnojour</source>
        <translation>Uppsala Kvinnojour</translation>
    </message>
    <message>
        <source>Lägenheter uthyrda i andra hand</source>
        <translation>Flats sublet</translation>
    </message>
    <message>
        <source>Kvot, lägenheter per år</source>
        <translation>Quota, flats per year</translation>
    </message>
    <message>
        <source>Länskompotten</source>
        <translation>Länskompotten</translation>
    </message>
    <message>
        <source>Väntar på svar</source>
        <translation>Awaiting an answer</translation>
    </message>
    <message>
        <source>Förfrågningar till kommunerna</source>
        <translation>Requests to the municipalities</translation>
    </message>
    <message>
        <source>Ärenden med förfrågan</source>
        <translation>Cases with a request</translation>
    </message>
    <message>
        <source>Flyttat genom Länskompotten</source>
        <translation>Moved through Länskompotten</translation>
    </message>
    <message>
        <source>Förfrågningar skickade i perioden efter svar; flyttar efter dagen för svaret.</source>
        <translation>Requests sent in the period, by answer; moves by the day of the answer.</translation>
    </message>
    <message>
        <source>Beviljade insatser</source>
        <translation>Support granted</translation>
    </message>
    <message>
        <source>Flyttat in</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>Väntar vid periodens slut</source>
        <translation>Waiting at the end of the period</translation>
    </message>
    <message>
        <source>Väntetid från beslutet om Bostad först till inflyttningen.</source>
        <translation>Waiting time from the Housing First decision to moving in.</translation>
    </message>
    <message>
        <source>Ärenden öppnade</source>
        <translation>Cases opened</translation>
    </message>
    <message>
        <source>Beviljade</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Avslagna</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Hyresavtal tecknade</source>
        <translation>Leases signed</translation>
    </message>
    <message>
        <source>Hot- och riskbedömningar</source>
        <translation>Threat and risk assessments</translation>
    </message>
    <message>
        <source>Bedömningar gjorda</source>
        <translation>Assessments made</translation>
    </message>
    <message>
        <source>Ärenden med bedömning</source>
        <translation>Cases with an assessment</translation>
    </message>
    <message>
        <source>Öppna ärenden med försenad uppföljning</source>
        <translation>Open cases with an overdue follow-up</translation>
    </message>
    <message>
        <source>Försenad: den senaste bedömningens uppföljningsdatum hade passerats vid periodens slut i ett ärende som inte var avslutat.</source>
        <translation>Overdue: the latest assessment&apos;s follow-up date had passed at the end of the period in a case that was not closed.</translation>
    </message>
    <message>
        <source>Teamets namn</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>En granskare hör inte till något team: granskaren ser loggen, aldrig ärenden.</source>
        <translation>An auditor belongs to no team: the auditor sees the log, never cases.</translation>
    </message>
    <message>
        <source>Ärendet måste ha minst en handläggare. Tilldela en annan innan du tar bort den sista.</source>
        <translation>The case must have at least one handler. Assign another before you remove the last one.</translation>
    </message>
    <message>
        <source>Ärendet är inte delat.</source>
        <translation>The case is not shared.</translation>
    </message>
    <message>
        <source>Du handlägger inga ärenden.</source>
        <translation>You handle no cases.</translation>
    </message>
    <message>
        <source>Du måste själv vara handläggare i ärendet, eller i samma team som en av dem.</source>
        <translation>You must be a handler of the case yourself, or in the same team as one of them.</translation>
    </message>
    <message>
        <source>Ange varför du behöver öppna ärendet.</source>
        <translation>Say why you need to open the case.</translation>
    </message>
    <message>
        <source>Teamets namn får bara innehålla bokstäver, siffror, mellanslag, punkt, bindestreck och &amp;, och ska börja med en bokstav eller siffra.</source>
        <translation>A team name may only contain letters, digits, spaces, full stops, hyphens and &amp;, and must begin with a letter or a digit.</translation>
    </message>
    <message>
        <source>{0} måste höra till ett team hos {1}.</source>
        <translation>{0} must belong to a team at {1}.</translation>
    </message>
    <message>
        <source>Teamet {0} hör till {1}; {2} hör till {3}.</source>
        <translation>The team {0} belongs to {1}; {2} belongs to {3}.</translation>
    </message>
    <message>
        <source>{0} är redan handläggare i ärendet.</source>
        <translation>{0} is already a handler of the case.</translation>
    </message>
    <message>
        <source>{0} handlägger inga ärenden och kan inte tilldelas.</source>
        <translation>{0} handles no cases and cannot be assigned.</translation>
    </message>
    <message>
        <source>{0} hör till {1}. Dela ärendet med {1} innan du tilldelar någon därifrån.</source>
        <translation>{0} belongs to {1}. Share the case with {1} before you assign anyone from there.</translation>
    </message>
    <message>
        <source>{0} är inte handläggare i ärendet.</source>
        <translation>{0} is not a handler of the case.</translation>
    </message>
    <message>
        <source>Ta först bort handläggarna från {0} ur ärendet: {1}.</source>
        <translation>First remove the handlers from {0} from the case: {1}.</translation>
    </message>
    <message>
        <source>Ärendet hör redan till {0}.</source>
        <translation>The case already belongs to {0}.</translation>
    </message>
    <message>
        <source>Ärendet är redan delat med {0}.</source>
        <translation>The case is already shared with {0}.</translation>
    </message>
    <message>
        <source>Skälet ska vara minst {0} tecken, så att granskaren förstår det.</source>
        <translation>The reason must be at least {0} characters, so that the reviewer understands it.</translation>
    </message>
    <message>
        <source>Gatuadress</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Postort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>C/o-namn</source>
        <translation>C/o name</translation>
    </message>
    <message>
        <source>Postnummer saknas.</source>
        <translation>Postcode is missing.</translation>
    </message>
    <message>
        <source>Postnumret ska ha fem siffror, t.ex. 753 20.</source>
        <translation>The postcode must have five digits, e.g. 753 20.</translation>
    </message>
    <message>
        <source>Postnumret kan inte börja med 0.</source>
        <translation>The postcode cannot start with 0.</translation>
    </message>
    <message>
        <source>Postort får inte innehålla siffror.</source>
        <translation>The town must not contain digits.</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Motpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Avtalets benämning</source>
        <translation>Title of the agreement</translation>
    </message>
    <message>
        <source>från {0}, tills vidare</source>
        <translation>from {0}, until further notice</translation>
    </message>
    <message>
        <source>Avtalet kan inte upphöra före den dag det börjar gälla.</source>
        <translation>The agreement cannot end before the day it takes effect.</translation>
    </message>
    <message>
        <source>Ett avtal av typen {0} gäller en bestämd period; ange sista giltighetsdag.</source>
        <translation>An agreement of the type {0} runs for a fixed period; give its last day of validity.</translation>
    </message>
    <message>
        <source>Bara avtal med Uppsala Kvinnojour och övriga avtal anger ett antal lägenheter per år.</source>
        <translation>Only agreements with Uppsala Kvinnojour and other agreements set a number of flats a year.</translation>
    </message>
    <message>
        <source>{0} placeringar i skyddat boende hänvisar till avtalet; det måste förbli ett ramavtal om skyddat boende.</source>
        <translation>{0} placements in sheltered housing refer to the agreement; it must remain a framework agreement on sheltered housing.</translation>
    </message>
    <message>
        <source>En placering under avtalet började {0}, utanför den nya perioden; perioden måste täcka alla placeringar som gjorts under avtalet.</source>
        <translation>A placement under the agreement began on {0}, outside the new period; the period must cover every placement made under the agreement.</translation>
    </message>
    <message>
        <source>Perioden överlappar avtalet ”{0}” med {1} ({2}); två avtal av samma slag med samma motpart kan inte gälla samtidigt.</source>
        <translation>The period overlaps the agreement “{0}” with {1} ({2}); two agreements of the same kind with the same counterpart cannot be in force at the same time.</translation>
    </message>
    <message>
        <source>Antalet lägenheter per år ska vara mellan 0 och {0}.</source>
        <translation>The number of flats a year must be between 0 and {0}.</translation>
    </message>
    <message>
        <source>Hyresvärd</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Antal rum</source>
        <translation>Number of rooms</translation>
    </message>
    <message>
        <source>Månadshyran</source>
        <translation>Monthly rent</translation>
    </message>
    <message>
        <source>Objektnummer</source>
        <translation>Object number</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Månadshyran kan inte vara negativ.</source>
        <translation>The monthly rent cannot be negative.</translation>
    </message>
    <message>
        <source>Låssystem</source>
        <translation>Lock system</translation>
    </message>
    <message>
        <source>Nyckelserie</source>
        <translation>Key series</translation>
    </message>
    <message>
        <source>Gäller.</source>
        <translation>Valid.</translation>
    </message>
    <message>
        <source>Återkallad {0}.</source>
        <translation>Revoked {0}.</translation>
    </message>
    <message>
        <source>Inte undertecknad ännu – registrera underskriften under Dokument.</source>
        <translation>Not signed yet – record the signature under Documents.</translation>
    </message>
    <message>
        <source>Har gått ut.</source>
        <translation>Has expired.</translation>
    </message>
    <message>
        <source>Gäller ännu inte.</source>
        <translation>Not valid yet.</translation>
    </message>
    <message>
        <source>Gäller, men inte för nycklar.</source>
        <translation>Valid, but not for keys.</translation>
    </message>
    <message>
        <source>Ombudet har ingen registrerad fullmakt. Registrera fullmakten under fliken Nycklar eller skapa blanketten Fullmakt och registrera underskriften.</source>
        <translation>The agent has no registered power of attorney. Register it in the Keys tab, or make the Fullmakt form and record its signature.</translation>
    </message>
    <message>
        <source>Fullmakten är inte registrerad som undertecknad.</source>
        <translation>The power of attorney is not recorded as signed.</translation>
    </message>
    <message>
        <source>Frågan</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>Svaret är tomt: fyll i minst en fråga, eller hoppa över formuläret.</source>
        <translation>The answer is empty: fill in at least one question, or skip the form.</translation>
    </message>
    <message>
        <source>Antalet besökare ska vara mellan 0 och {0}.</source>
        <translation>The number of visitors must be between 0 and {0}.</translation>
    </message>
    <message>
        <source>Frågan har {0} svar och kan inte ändras. Ta den ur bruk och lägg till en ny fråga i stället.</source>
        <translation>The question has {0} answers and cannot be changed. Retire it and add a new question instead.</translation>
    </message>
    <message>
        <source>Frågan har {0} svar och kan inte tas bort; ta den ur bruk i stället.</source>
        <translation>The question has {0} answers and cannot be removed; retire it instead.</translation>
    </message>
    <message>
        <source>Svaret</source>
        <translation>The answer</translation>
    </message>
    <message>
        <source>Brukarundersökningen mäts i februari och september; välj en av de månaderna.</source>
        <translation>The client survey is measured in February and September; choose one of those months.</translation>
    </message>
    <message>
        <source>Svaret på ”{0}” ska vara en siffra från {1} till {2}.</source>
        <translation>The answer to “{0}” must be a number from {1} to {2}.</translation>
    </message>
    <message>
        <source>Svaret på ”{0}” ska vara ja eller nej.</source>
        <translation>The answer to “{0}” must be yes or no.</translation>
    </message>
    <message>
        <source>Antalet besökare är inte angivet; svarsfrekvensen kan inte räknas ut.</source>
        <translation>The number of visitors is not entered; the response rate cannot be worked out.</translation>
    </message>
    <message>
        <source>Fråga {0} finns inte.</source>
        <translation>Question {0} does not exist.</translation>
    </message>
    <message>
        <source>Frågan ”{0}” används inte längre och tar inga svar.</source>
        <translation>The question “{0}” is retired and takes no answers.</translation>
    </message>
    <message>
        <source>Fler svar ({0}) än besökare ({1}): kontrollera antalet besökare.</source>
        <translation>More answers ({0}) than visitors ({1}): check the number of visitors.</translation>
    </message>
    <message>
        <source>Frågan ”{0}” besvaras med text.</source>
        <translation>The question “{0}” is answered with text.</translation>
    </message>
    <message>
        <source>Fler avslutade klienter ({0}) än besökare ({1}): besökarna ska räkna med de avslutade klienterna.</source>
        <translation>More closed clients ({0}) than visitors ({1}): the visitors should include the closed clients.</translation>
    </message>
    <message>
        <source>Välj kommunen som förfrågan skickades till.</source>
        <translation>Choose the municipality the referral was sent to.</translation>
    </message>
    <message>
        <source>Förfrågan som skickades {0} väntar fortfarande på svar; registrera svaret innan en ny förfrågan skickas.</source>
        <translation>The referral sent on {0} is still awaiting an answer; record the answer before a new referral is sent.</translation>
    </message>
    <message>
        <source>Kontrollsumman ska vara {0} tecken lång men är {1}; skanna igen.</source>
        <translation>The checksum must be {0} characters long but is {1}; scan again.</translation>
    </message>
    <message>
        <source>Kontrollsumman innehåller andra tecken än A–Z och 2–7; skanna igen.</source>
        <translation>The checksum contains characters other than A–Z and 2–7; scan again.</translation>
    </message>
    <message>
        <source>Kontrollsummans sista tecken stämmer inte; skanna igen.</source>
        <translation>The last character of the checksum is not valid; scan again.</translation>
    </message>
    <message>
        <source>Paketet kan inte tas emot.</source>
        <translation>The package cannot be received.</translation>
    </message>
    <message>
        <source>Filen är inte ett överlämningspaket från skyddsappen.</source>
        <translation>The file is not a skyddsapp hand-over package.</translation>
    </message>
    <message>
        <source>Paketet är skadat: någon byte i filen har ändrats på vägen. Be avsändaren försegla ärendet igen och skicka en ny fil.</source>
        <translation>The package is damaged: some byte of the file changed on the way. Ask the sender to seal the case again and send a new file.</translation>
    </message>
    <message>
        <source>Paketet är ofullständigt: filen tar slut för tidigt. Kopiera filen igen från avsändarens media.</source>
        <translation>The package is incomplete: the file ends too early. Copy the file again from the sender&apos;s media.</translation>
    </message>
    <message>
        <source>Paketet är gjort i en nyare version av skyddsappen än den här. Uppdatera programmet innan paketet tas emot.</source>
        <translation>The package was made by a newer version of skyddsapp than this one. Update the program before receiving the package.</translation>
    </message>
    <message>
        <source>Paketet kommer från ett valv som det här valvet inte litar på. En administratör måste först lägga till avsändarens identitetskort och jämföra fingeravtrycket.</source>
        <translation>The package comes from a vault this vault does not trust. An administrator must first add the sender&apos;s identity card and compare the fingerprint.</translation>
    </message>
    <message>
        <source>Paketet är inte ställt till det här valvet och kan inte öppnas här.</source>
        <translation>The package is not addressed to this vault and cannot be opened here.</translation>
    </message>
    <message>
        <source>Paketets signatur stämmer inte med avsändarens nyckel: paketet kan vara förfalskat. Ta inte emot det; kontakta avsändaren på annat sätt.</source>
        <translation>The package&apos;s signature does not match the sender&apos;s key: the package may be forged. Do not receive it; contact the sender another way.</translation>
    </message>
    <message>
        <source>Paketet har gått ut och tas inte emot. Be avsändaren försegla ärendet igen.</source>
        <translation>The package has expired and is not received. Ask the sender to seal the case again.</translation>
    </message>
    <message>
        <source>Paketet är daterat i framtiden: avsändarens eller den här datorns klocka går fel. Kontrollera klockorna innan paketet tas emot.</source>
        <translation>The package is dated in the future: the sender&apos;s clock or this computer&apos;s is wrong. Check the clocks before receiving the package.</translation>
    </message>
    <message>
        <source>Paketet har redan tagits emot i det här valvet och tas inte emot igen.</source>
        <translation>The package has already been received in this vault and is not received again.</translation>
    </message>
    <message>
        <source>Paketet är äkta, men innehållet går inte att läsa in i det här valvet. Kontrollera att båda valven har samma version av skyddsappen.</source>
        <translation>The package is genuine, but its content cannot be read into this vault. Check that both vaults run the same version of skyddsapp.</translation>
    </message>
    <message>
        <source>Ärendet är för stort för ett överlämningspaket (högst {0} MB). Överlämna dokumenten i flera omgångar.</source>
        <translation>The case is too large for a hand-over package (at most {0} MB). Hand the documents over in several rounds.</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>Det här registreras bara i ärenden om Bostad först.</source>
        <translation>This is recorded only in Housing First cases.</translation>
    </message>
    <message>
        <source>Ett byte kan inte flyttas till ett annat ärende.</source>
        <translation>An exchange cannot be moved to another case.</translation>
    </message>
    <message>
        <source>Riktningen kan inte ändras; registrera ett nytt byte.</source>
        <translation>The direction cannot be changed; record a new exchange.</translation>
    </message>
    <message>
        <source>Bytet är redan avslutat ({0}); registrera ett nytt byte i stället.</source>
        <translation>The exchange is already concluded ({0}); record a new exchange instead.</translation>
    </message>
    <message>
        <source>Ett byte med status {0} kan inte få status {1}.</source>
        <translation>An exchange with status {0} cannot get status {1}.</translation>
    </message>
    <message>
        <source>Ange skälet till att klienten behöver bo utanför Uppsala.</source>
        <translation>Give the reason why the client needs to live outside Uppsala.</translation>
    </message>
    <message>
        <source>Kommunens namn får bara innehålla bokstäver, mellanslag och bindestreck.</source>
        <translation>The municipality’s name may only contain letters, spaces and hyphens.</translation>
    </message>
    <message>
        <source>Ett byte görs med en annan kommun än Uppsala: ange den andra kommunen.</source>
        <translation>An exchange is made with a municipality other than Uppsala: give the other municipality.</translation>
    </message>
    <message>
        <source>Ange valvets namn.</source>
        <translation>Enter the vault&apos;s name.</translation>
    </message>
    <message>
        <source>Valvets namn får vara högst {0} tecken.</source>
        <translation>The vault&apos;s name may be at most {0} characters.</translation>
    </message>
    <message>
        <source>Nyckeln på identitetskortet är inte giltig.</source>
        <translation>The key on the identity card is not valid.</translation>
    </message>
    <message>
        <source>Filen är inte ett identitetskort.</source>
        <translation>The file is not an identity card.</translation>
    </message>
    <message>
        <source>Identitetskortet saknar raden {0}.</source>
        <translation>The identity card lacks the line {0}.</translation>
    </message>
    <message>
        <source>Fingeravtrycket på kortet stämmer inte med nycklarna: kortet är skadat.</source>
        <translation>The fingerprint on the card does not match its keys: the card is damaged.</translation>
    </message>
    <message>
        <source>Måste beställas</source>
        <translation>Must be ordered</translation>
    </message>
    <message>
        <source>vakant från {0}</source>
        <translation>vacant from {0}</translation>
    </message>
    <message>
        <source>Utfallet för den gamla lägenheten registrerat (hyresavtal {0}): {1}; {2}.</source>
        <translation>Outcome for the old flat recorded (lease {0}): {1}; {2}.</translation>
    </message>
    <message>
        <source>{0}, uthyrd från {1}</source>
        <translation>{0}, let again from {1}</translation>
    </message>
    <message>
        <source>Utfallet för den gamla lägenheten ändrat (hyresavtal {0}): {1}; {2}.</source>
        <translation>Outcome for the old flat changed (lease {0}): {1}; {2}.</translation>
    </message>
    <message>
        <source>Placeringen upphörde {0}; utfallet kan inte tas bort. Välj vart klienten flyttade när placeringen upphörde.</source>
        <translation>The placement ended on {0}; the outcome cannot be removed. Choose where the client moved when the placement ended.</translation>
    </message>
    <message>
        <source>Gallringstiden ska vara ett helt antal år mellan {0} och {1}.</source>
        <translation>The retention time must be a whole number of years between {0} and {1}.</translation>
    </message>
    <message>
        <source>Markera minst ett ärende att gallra.</source>
        <translation>Select at least one case to purge.</translation>
    </message>
    <message>
        <source>{0} av de markerade ärendena ska inte gallras längre (de har öppnats igen, ändrats eller fått en längre gallringstid). Läs in listan igen; inget har gallrats.</source>
        <translation>{0} of the selected cases are no longer due (reopened, changed or given a longer retention time). Reload the list; nothing has been purged.</translation>
    </message>
    <message>
        <source>Ett hyresgästgodkännande registreras med kreditupplysning och boendereferens: fyll i dem i beslutsdialogen.</source>
        <translation>A tenant approval is recorded with its credit check and housing reference: fill them in in the decision dialogue.</translation>
    </message>
    <message>
        <source>I boendekedjan är beslutet om övertagande den gemensamma bedömningen: registrera den under Lägenhet och avtal, Prövotid.</source>
        <translation>In the housing chain the takeover decision is the joint assessment: record it under Flat and lease, Trial period.</translation>
    </message>
    <message>
        <source>Ange om hyresgästen godkänns (bifall) eller inte godkänns (avslag).</source>
        <translation>State whether the tenant is approved (granted) or not approved (refused).</translation>
    </message>
    <message>
        <source>Ange skälet till undantaget: hur hyresskulden eller störningarna hänger ihop med våldet.</source>
        <translation>Give the reason for the exception: how the rent debt or the disturbances are linked to the violence.</translation>
    </message>
    <message>
        <source>Ett skäl till undantag anges bara när undantaget används; kryssa i undantaget eller töm fältet.</source>
        <translation>A reason for an exception is given only when the exception is used; tick the exception or empty the field.</translation>
    </message>
    <message>
        <source>En hyresgäst kan inte godkännas utan kreditupplysning: gör kreditupplysningen först.</source>
        <translation>A tenant cannot be approved without a credit check: make the credit check first.</translation>
    </message>
    <message>
        <source>Beslutet är inte ett hyresgästgodkännande.</source>
        <translation>The decision is not a tenant approval.</translation>
    </message>
    <message>
        <source>Undantaget kan bara användas när hyresgästen godkänns, inte vid avslag.</source>
        <translation>The exception can only be used when the tenant is approved, not on a refusal.</translation>
    </message>
    <message>
        <source>Kreditupplysningen eller boendereferensen visar hyresskuld, betalningsanmärkningar eller störningar. Hyresgästen kan bara godkännas med undantaget ”Hyresskuld eller störningar orsakade av våldet” och ett skäl.</source>
        <translation>The credit check or the housing reference shows rent debt, payment remarks or disturbances. The tenant can only be approved with the exception “Rent debt or disturbances caused by the violence” and a reason.</translation>
    </message>
    <message>
        <source>Undantaget behövs inte: varken kreditupplysningen eller boendereferensen visar något att bortse från.</source>
        <translation>The exception is not needed: neither the credit check nor the housing reference shows anything to disregard.</translation>
    </message>
    <message>
        <source>Nästa steg</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Utflyttningen är redan registrerad ({0}).</source>
        <translation>The move-out is already recorded ({0}).</translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation>The organisation</translation>
    </message>
    <message>
        <source>Kvinnojourens lägenheter är de som hyrs ut i andra hand till Uppsala Kvinnojour: registrera först andrahandskontraktet för lägenheten.</source>
        <translation>Kvinnojouren’s flats are those sublet to Uppsala Kvinnojour: first register the sublease for the flat.</translation>
    </message>
    <message>
        <source>Utflyttningen kan inte registreras i förväg.</source>
        <translation>A move-out cannot be recorded in advance.</translation>
    </message>
    <message>
        <source>Den planerade utflytten kan inte vara före inflyttningen.</source>
        <translation>The planned move-out cannot be before the move-in.</translation>
    </message>
    <message>
        <source>Lägenheten togs bort ur förteckningen {0}; registrera den igen först.</source>
        <translation>The flat was removed from the register on {0}; register it again first.</translation>
    </message>
    <message>
        <source>Lägenheten är redan belagd sedan {0}; registrera utflytten först.</source>
        <translation>The flat has been occupied since {0}; record the move-out first.</translation>
    </message>
    <message>
        <source>Inflyttningen kan inte registreras i förväg.</source>
        <translation>A move-in cannot be recorded in advance.</translation>
    </message>
    <message>
        <source>Utflyttningen kan inte vara före inflyttningen ({0}).</source>
        <translation>The move-out cannot be before the move-in ({0}).</translation>
    </message>
    <message>
        <source>Lägenheten kan inte vara tillgänglig från ett datum i framtiden.</source>
        <translation>The flat cannot be available from a date in the future.</translation>
    </message>
    <message>
        <source>Lägenheten var belagd till {0}; inflyttningen kan inte vara före det.</source>
        <translation>The flat was occupied until {0}; the move-in cannot be before that.</translation>
    </message>
    <message>
        <source>Lägenheten finns i förteckningen från {0}; inflyttningen kan inte vara före det.</source>
        <translation>The flat is in the register from {0}; the move-in cannot be before that.</translation>
    </message>
    <message>
        <source>Lägenheten togs bort ur förteckningen {0}.</source>
        <translation>The flat was removed from the register on {0}.</translation>
    </message>
    <message>
        <source>Någon flyttade in {0}; lägenheten kan inte ha kommit in i förteckningen efter det.</source>
        <translation>Someone moved in on {0}; the flat cannot have come into the register after that.</translation>
    </message>
    <message>
        <source>Lägenheten kan inte tas bort ur förteckningen i förväg.</source>
        <translation>The flat cannot be removed from the register in advance.</translation>
    </message>
    <message>
        <source>Lägenheten var belagd till {0}, innan den togs bort ur förteckningen; den kan inte ha kommit tillbaka före det.</source>
        <translation>The flat was occupied until {0}, before it was removed from the register; it cannot have come back before that.</translation>
    </message>
    <message>
        <source>Någon bor i lägenheten sedan {0}. Registrera utflytten innan lägenheten tas bort ur förteckningen.</source>
        <translation>Someone has lived in the flat since {0}. Record the move-out before the flat is removed from the register.</translation>
    </message>
    <message>
        <source>Lägenheten var belagd till {0}; den kan inte ha tagits bort ur förteckningen före det.</source>
        <translation>The flat was occupied until {0}; it cannot have been removed from the register before that.</translation>
    </message>
    <message>
        <source>Lägenheten finns i förteckningen från {0}; den kan inte ha tagits bort före det.</source>
        <translation>The flat is in the register from {0}; it cannot have been removed before that.</translation>
    </message>
    <message>
        <source>Lägenheten togs bort ur förteckningen {0}; den kan komma tillbaka tidigast samma dag.</source>
        <translation>The flat was removed from the register on {0}; it can come back on that day at the earliest.</translation>
    </message>
    <message>
        <source>Prövotiden började {0} och löper ut {1} ({2} månader).</source>
        <translation>The trial period began on {0} and ends on {1} ({2} months).</translation>
    </message>
    <message>
        <source>Prövotidens längd ändrad från {0} till {1} månader; den löper ut {2}. Skäl: {3}</source>
        <translation>Length of the trial period changed from {0} to {1} months; it ends on {2}. Reason: {3}</translation>
    </message>
    <message>
        <source>Periodens slut kan inte ligga före dess början.</source>
        <translation>The end of the period cannot be before its start.</translation>
    </message>
    <message>
        <source>Perioden kan inte börja i framtiden.</source>
        <translation>The period cannot start in the future.</translation>
    </message>
    <message>
        <source>Klienter {0}</source>
        <translation>Clients {0}</translation>
    </message>
    <message>
        <source>Antal barn {0}</source>
        <translation>Children {0}</translation>
    </message>
    <message>
        <source>En ofullständig återställning ligger kvar i mappen {0} (från en återställning som avbröts, eller en som pågår); inget har skrivits. Ta bort den mappen när ingen återställning pågår och försök igen.</source>
        <translation>An unfinished restore is left in the folder {0} (from a restore that was cut short, or one under way); nothing was written. Remove that folder when no restore is running and try again.</translation>
    </message>
    <message>
        <source>Valvets mapp {0} kan läsas eller ändras av andra användare på datorn (rättigheter {1}). Valvet öppnas inte förrän bara du kommer åt mappen: kör {2}</source>
        <translation>The vault folder {0} can be read or changed by other users of this computer (permissions {1}). The vault is not opened until only you can reach the folder: run {2}</translation>
    </message>
    <message>
        <source>{0} i valvets mapp kan läsas eller ändras av andra användare på datorn (rättigheter {1}). Valvet öppnas inte förrän bara du kommer åt den: kör {2}</source>
        <translation>{0} in the vault folder can be read or changed by other users of this computer (permissions {1}). The vault is not opened until only you can reach it: run {2}</translation>
    </message>
    <message>
        <source>den är för stor för att vara ett huvud</source>
        <translation>it is too large to be a header</translation>
    </message>
    <message>
        <source>den är inget huvud för en säkerhetskopia</source>
        <translation>it is not the header of a backup</translation>
    </message>
    <message>
        <source>huvudets fält stämmer inte</source>
        <translation>the header’s fields do not match</translation>
    </message>
    <message>
        <source>formatversion {0} kan inte läsas av den här versionen</source>
        <translation>format version {0} cannot be read by this version</translation>
    </message>
    <message>
        <source>valv-id:t är ogiltigt</source>
        <translation>the vault id is invalid</translation>
    </message>
    <message>
        <source>tidpunkten är ogiltig</source>
        <translation>the time is invalid</translation>
    </message>
    <message>
        <source>fillistan stämmer inte</source>
        <translation>the list of files does not match</translation>
    </message>
    <message>
        <source>innehållsförteckningen saknas</source>
        <translation>the manifest is missing</translation>
    </message>
    <message>
        <source>innehållsförteckningen är inte giltig base64</source>
        <translation>the manifest is not valid base64</translation>
    </message>
    <message>
        <source>ett tal i huvudet är ogiltigt</source>
        <translation>a number in the header is invalid</translation>
    </message>
    <message>
        <source>Innehållsförteckningen i {0} går inte att öppna: filen har ändrats, eller säkerhetskopian hör till ett annat valv eller en annan nyckel.</source>
        <translation>The manifest in {0} cannot be opened: the file has been altered, or the backup belongs to another vault or another key.</translation>
    </message>
    <message>
        <source>Databasfilen {0} är inte den som {1} beskriver (generation {2}, schema {3}; huvudet anger generation {4}, schema {5}).</source>
        <translation>The database file {0} is not the one {1} describes (generation {2}, schema {3}; the header says generation {4}, schema {5}).</translation>
    </message>
    <message>
        <source>ärenden</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>personer</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>dokument</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>poster i granskningsloggen</source>
        <translation>audit log entries</translation>
    </message>
    <message>
        <source>Granskningsloggen i {0} slutar inte där innehållsförteckningen anger (post {1}).</source>
        <translation>The audit log in {0} does not end where the manifest says (entry {1}).</translation>
    </message>
    <message>
        <source>Nyckelfilen {0} saknar sina kontrollsummor.</source>
        <translation>The key file {0} lacks its checksums.</translation>
    </message>
    <message>
        <source>Nyckelfilen {0} hör till ett annat valv än databasen.</source>
        <translation>The key file {0} belongs to another vault than the database.</translation>
    </message>
    <message>
        <source>Nyckelfilen {0} hör inte ihop med databasen i säkerhetskopian (löpnummer {1}, databasen väntar {2}).</source>
        <translation>The key file {0} does not belong with the database in the backup (serial {1}, the database expects {2}).</translation>
    </message>
    <message>
        <source>Säkerhetskopian har schemaversion {0}, men programmet känner bara till {1}. Uppdatera skyddsapp.</source>
        <translation>The backup has schema version {0}, but the program only knows {1}. Update skyddsapp.</translation>
    </message>
    <message>
        <source>den är inte giltig JSON</source>
        <translation>it is not valid JSON</translation>
    </message>
    <message>
        <source>uppgifterna om {0} stämmer inte</source>
        <translation>the details of {0} do not match</translation>
    </message>
    <message>
        <source>kontrollsumman för {0} är ogiltig</source>
        <translation>the checksum of {0} is invalid</translation>
    </message>
    <message>
        <source>se årsuppföljningens siffror</source>
        <translation>see the yearly follow-up&apos;s figures</translation>
    </message>
    <message>
        <source>Ange ett år, eller periodens första och sista dag.</source>
        <translation>Give a year, or the first and last day of the period.</translation>
    </message>
    <message>
        <source>Välj CSV eller PDF.</source>
        <translation>Choose CSV or PDF.</translation>
    </message>
    <message>
        <source>Ange antingen ett år eller en period, inte båda.</source>
        <translation>Give either a year or a period, not both.</translation>
    </message>
    <message>
        <source>Filen {0} har fel storlek ({1} byte, {2} väntades enligt {3}).</source>
        <translation>The file {0} has the wrong size ({1} bytes, {2} expected according to {3}).</translation>
    </message>
    <message>
        <source>Filen {0} saknas i säkerhetskopian.</source>
        <translation>The file {0} is missing from the backup.</translation>
    </message>
    <message>
        <source>Databasfilen {0} är tom.</source>
        <translation>The database file {0} is empty.</translation>
    </message>
    <message>
        <source>Säkerhetskopian i {0} är krypterad med en annan nyckel än valvets nuvarande (den gjordes före ett nyckelbyte, när en användare inaktiverades) och kan inte kontrolleras med den. Den kan återställas med en lösenfras eller återställningsnyckel som gällde när den gjordes.</source>
        <translation>The backup in {0} is encrypted under another key than the vault’s current one (it was made before a change of key, when a user was deactivated) and cannot be checked with it. It can be restored with a passphrase or recovery key that was valid when it was made.</translation>
    </message>
    <message>
        <source>Granskningsloggen i {0} är bruten vid post {1}: {2}</source>
        <translation>The audit log in {0} is broken at entry {1}: {2}</translation>
    </message>
    <message>
        <source>Databasfilen {0} är skadad ({1}).</source>
        <translation>The database file {0} is damaged ({1}).</translation>
    </message>
    <message>
        <source>Databasfilen {0} har {1} {2}, men innehållsförteckningen anger {3}.</source>
        <translation>The database file {0} has {1} {2}, but the manifest says {3}.</translation>
    </message>
    <message>
        <source>Filen {0} ändrades medan den kopierades: dess kontrollsumma stämmer inte med {1}.</source>
        <translation>The file {0} changed while it was being copied: its checksum does not match {1}.</translation>
    </message>
    <message>
        <source>Filen {0} saknas.</source>
        <translation>The file {0} is missing.</translation>
    </message>
    <message>
        <source>Filen {0} kunde inte läsas ({1}).</source>
        <translation>The file {0} could not be read ({1}).</translation>
    </message>
    <message>
        <source>Filen {0} är skadad: {1}.</source>
        <translation>The file {0} is damaged: {1}.</translation>
    </message>
    <message>
        <source>Filen {0} har ändrats sedan säkerhetskopian gjordes: dess kontrollsumma stämmer inte med {1}.</source>
        <translation>The file {0} has changed since the backup was made: its checksum does not match {1}.</translation>
    </message>
    <message>
        <source>Databasfilen {0} går inte att öppna med nyckeln i {1}.</source>
        <translation>The database file {0} cannot be opened with the key in {1}.</translation>
    </message>
    <message>
        <source>ändra frågorna i brukarundersökningen</source>
        <translation>change the questions of the client survey</translation>
    </message>
    <message>
        <source>Mätperioden {0} har inte börjat; svar kan inte registreras än.</source>
        <translation>The measurement period {0} has not begun; answers cannot be entered yet.</translation>
    </message>
    <message>
        <source>Överlämning från valvet {0}: ärende {1} där, i steget {2}, med {3} dokument.</source>
        <translation>Hand-over from the vault {0}: case {1} there, at the step {2}, with {3} documents.</translation>
    </message>
    <message>
        <source>Förseglad överlämning till valvet {0}</source>
        <translation>Sealed hand-over to the vault {0}</translation>
    </message>
    <message>
        <source>Det finns redan en fil med namnet {0}. Välj ett annat namn.</source>
        <translation>There is already a file named {0}. Choose another name.</translation>
    </message>
    <message>
        <source>Det andra valvet</source>
        <translation>The other vault</translation>
    </message>
    <message>
        <source>Skyddad person ({0})</source>
        <translation>Protected person ({0})</translation>
    </message>
    <message>
        <source>Ett paket kan gälla från 1 till {0} dagar.</source>
        <translation>A package can be valid for 1 to {0} days.</translation>
    </message>
    <message>
        <source>Valvet har ingen egen identitet ännu. En administratör måste skapa den innan ett ärende kan förseglas.</source>
        <translation>The vault has no identity of its own yet. An administrator must create it before a case can be sealed.</translation>
    </message>
    <message>
        <source>Paketet är redan sparat. Försegla ärendet på nytt för att spara det igen.</source>
        <translation>The package is saved already. Seal the case again to save it once more.</translation>
    </message>
    <message>
        <source>Svaret kan bara gå till det valv som ärendet kom från, som svar på paketet det kom i.</source>
        <translation>The answer can only go to the vault the case came from, as an answer to the package it came in.</translation>
    </message>
    <message>
        <source>Paketet kunde inte sparas: {0}</source>
        <translation>The package could not be saved: {0}</translation>
    </message>
    <message>
        <source>Ärendena är gallrade ur valvet, men {0} Välj Slutför gallringen när felet är åtgärdat.</source>
        <translation>The cases have been purged from the vault, but {0} Choose Finish the purge once the fault is fixed.</translation>
    </message>
    <message>
        <source>Vilka som gjorde bedömningen</source>
        <translation>Who made the assessment</translation>
    </message>
    <message>
        <source>Det bostadssociala kontraktet {0} upphör {1}; förstahandskontraktet {2} gäller från {3}.</source>
        <translation>The social housing contract {0} ends on {1}; the first-hand lease {2} applies from {3}.</translation>
    </message>
    <message>
        <source>Prövotiden kan inte starta: ärendet saknar ett gällande bostadssocialt kontrakt med klienten som hyresgäst.</source>
        <translation>The trial period cannot begin: the case has no current social housing contract with the client as tenant.</translation>
    </message>
    <message>
        <source>Bara ärenden i boendekedjan har prövotid.</source>
        <translation>Only housing-chain cases have a trial period.</translation>
    </message>
    <message>
        <source>Prövotiden har inte börjat: den börjar när steget ”Bostadssocialt kontrakt undertecknat” görs.</source>
        <translation>The trial period has not begun: it begins when the step “Social housing contract signed” is taken.</translation>
    </message>
    <message>
        <source>Prövotiden är över: den kan bara ändras och bedömas medan det bostadssociala kontraktet löper.</source>
        <translation>The trial period is over: it can only be changed and assessed while the social housing contract runs.</translation>
    </message>
    <message>
        <source>Gemensam bedömning om övertagande: prövotiden förlängs med {0} månader, till och med {1}. {2}</source>
        <translation>Joint takeover assessment: the trial period is extended by {0} months, up to and including {1}. {2}</translation>
    </message>
    <message>
        <source>Gemensam bedömning om övertagande: {0}. {1}</source>
        <translation>Joint takeover assessment: {0}. {1}</translation>
    </message>
    <message>
        <source>{0}: gemensam bedömning om övertagande</source>
        <translation>{0}: joint takeover assessment</translation>
    </message>
    <message>
        <source>Bedömningen kan inte ha gjorts ett datum i framtiden.</source>
        <translation>The assessment cannot have been made on a future date.</translation>
    </message>
    <message>
        <source>Förstahandskontraktet {0} börjar {1}, före det bostadssociala kontraktet {2} ({3}); rätta startdatumet innan övertagandet registreras.</source>
        <translation>The first-hand lease {0} starts on {1}, before the social housing contract {2} ({3}); correct the start date before the takeover is recorded.</translation>
    </message>
    <message>
        <source>Prövotiden är redan {0} månader.</source>
        <translation>The trial period is already {0} months.</translation>
    </message>
    <message>
        <source>Ange varför prövotidens längd ändras.</source>
        <translation>Give the reason why the length of the trial period changes.</translation>
    </message>
    <message>
        <source>Ange med hur många månader prövotiden förlängs.</source>
        <translation>Give the number of months by which the trial period is extended.</translation>
    </message>
    <message>
        <source>Förlängning anges bara när prövotiden förlängs.</source>
        <translation>An extension is given only when the trial period is extended.</translation>
    </message>
    <message>
        <source>Bedömningen kan inte ha gjorts före prövotidens början {0}.</source>
        <translation>The assessment cannot have been made before the trial period began on {0}.</translation>
    </message>
    <message>
        <source>Prövotiden kan vara högst {0} månader; den är redan {1} månader och kan förlängas med högst {2}.</source>
        <translation>The trial period can be at most {0} months; it is already {1} months and can be extended by at most {2}.</translation>
    </message>
    <message>
        <source>sökande (klient i ärendet)</source>
        <translation>applicant (client in the case)</translation>
    </message>
    <message>
        <source>beslut om hyresgästgodkännande i ärendet</source>
        <translation>decision on tenant approval in the case</translation>
    </message>
    <message>
        <source>sökandens personnummer</source>
        <translation>the applicant’s personal identity number</translation>
    </message>
    <message>
        <source>kreditupplysning och boendereferens för beslutet (registrera beslutet på nytt)</source>
        <translation>credit check and housing reference for the decision (record the decision again)</translation>
    </message>
    <message>
        <source>Klientens förstahandskontrakt saknas: koppla det gällande förstahandskontraktet till ärendet innan övertagandet registreras.</source>
        <translation>The client’s first-hand lease is missing: link the current first-hand lease to the case before the takeover is recorded.</translation>
    </message>
    <message>
        <source>Bytet</source>
        <translation>The exchange</translation>
    </message>
    <message>
        <source>Ärendet har ingen markering om boende utanför Uppsala.</source>
        <translation>The case is not marked as needing to live outside Uppsala.</translation>
    </message>
    <message>
        <source>Placeringen i ärende</source>
        <translation>The placement in case</translation>
    </message>
    <message>
        <source>Ärendet har redan en registrerad placering; redigera den i stället.</source>
        <translation>The case already has a recorded placement; edit it instead.</translation>
    </message>
    <message>
        <source>Placeringen</source>
        <translation>The placement</translation>
    </message>
    <message>
        <source>Lägenheten finns redan i förteckningen över utsluss- och jourlägenheter.</source>
        <translation>The flat is already in the register of transition and emergency flats.</translation>
    </message>
    <message>
        <source>se gallringsreglerna</source>
        <translation>see the retention rules</translation>
    </message>
    <message>
        <source>ändra gallringsreglerna</source>
        <translation>change the retention rules</translation>
    </message>
    <message>
        <source>se ärenden som ska gallras</source>
        <translation>see the cases due for purging</translation>
    </message>
    <message>
        <source>gallra ärenden</source>
        <translation>purge cases</translation>
    </message>
    <message>
        <source>databasfilen kunde inte byggas om ({0}).</source>
        <translation>the database file could not be rebuilt ({0}).</translation>
    </message>
    <message>
        <source>säkerhetskopiorna från schemauppdateringar i {0} kunde inte tas bort ({1}).</source>
        <translation>the backups from schema updates in {0} could not be removed ({1}).</translation>
    </message>
    <message>
        <source>Objektnummer saknas.</source>
        <translation>The object number is missing.</translation>
    </message>
    <message>
        <source>Lägenheten i förteckningen</source>
        <translation>The flat in the register</translation>
    </message>
    <message>
        <source>Ange ärendenumret för den som flyttar in.</source>
        <translation>Give the case reference of the person moving in.</translation>
    </message>
    <message>
        <source>Boendet</source>
        <translation>The stay</translation>
    </message>
    <message>
        <source>Det finns ingen lägenhet med objektnummer {0} i valvet.</source>
        <translation>There is no flat with object number {0} in the vault.</translation>
    </message>
    <message>
        <source>Det finns inget ärende {0}.</source>
        <translation>There is no case {0}.</translation>
    </message>
    <message>
        <source>Klienten i ärendet bor redan i lägenhet {0} sedan {1}; registrera utflytten därifrån först.</source>
        <translation>The client in the case already lives in flat {0} since {1}; record the move-out from there first.</translation>
    </message>
    <message>
        <source>Boarean ska vara ett tal, t.ex. 52,5.</source>
        <translation>The floor area must be a number, e.g. 52.5.</translation>
    </message>
    <message>
        <source>Utslussningslägenhet</source>
        <translation>Transition flat</translation>
    </message>
    <message>
        <source>Antal rum ska vara mellan 1 och {0}.</source>
        <translation>The number of rooms must be between 1 and {0}.</translation>
    </message>
    <message>
        <source>Boarean ska vara större än 0 m².</source>
        <translation>The floor area must be greater than 0 m².</translation>
    </message>
    <message>
        <source>Objektnumret får bara innehålla bokstäver, siffror, bindestreck, snedstreck och punkt.</source>
        <translation>The object number may only contain letters, digits, hyphens, slashes and full stops.</translation>
    </message>
    <message>
        <source>{0} saknas.</source>
        <translation>{0} is missing.</translation>
    </message>
    <message>
        <source>Boarea saknas.</source>
        <translation>Floor area is missing.</translation>
    </message>
    <message>
        <source>Boarean ska vara mindre än 1 000 m².</source>
        <translation>The floor area must be less than 1,000 m².</translation>
    </message>
    <message>
        <source>Objektnumret måste innehålla siffror.</source>
        <translation>The object number must contain digits.</translation>
    </message>
    <message>
        <source>{0} ska vara ett heltal.</source>
        <translation>{0} must be a whole number.</translation>
    </message>
    <message>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Ärendets id</source>
        <translation>The case id</translation>
    </message>
    <message>
        <source>Personens id</source>
        <translation>The person id</translation>
    </message>
    <message>
        <source>Från och med</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Anmärkningarna</source>
        <translation>The remarks</translation>
    </message>
    <message>
        <source>Skriv personens id för att se vem som har sett personen.</source>
        <translation>Enter the person&apos;s id to see who has seen the person.</translation>
    </message>
    <message>
        <source>Händelsen skrivs med små bokstäver, t.ex. person.reveal.</source>
        <translation>The event is written in lower case, e.g. person.reveal.</translation>
    </message>
    <message>
        <source>Perioden slutar innan den börjar.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <source>{0} ska vara ett positivt heltal.</source>
        <translation>{0} must be a positive whole number.</translation>
    </message>
    <message>
        <source>{0} ska vara ett datum som ÅÅÅÅ-MM-DD.</source>
        <translation>{0} must be a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Anteckningen</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>Beslutet</source>
        <translation>The decision</translation>
    </message>
    <message>
        <source>Beslutsfattare</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ärendet kan inte öppnas ett datum i framtiden.</source>
        <translation>The case cannot be opened on a date in the future.</translation>
    </message>
    <message>
        <source>En handläggare saknar namn.</source>
        <translation>A case handler has no name.</translation>
    </message>
    <message>
        <source>Samma handläggare står flera gånger.</source>
        <translation>The same case handler is listed more than once.</translation>
    </message>
    <message>
        <source>Utfall kan bara anges i ärenden om skyddat boende.</source>
        <translation>An outcome can only be given in sheltered housing cases.</translation>
    </message>
    <message>
        <source>Samma person står flera gånger i samma roll.</source>
        <translation>The same person is listed more than once in the same role.</translation>
    </message>
    <message>
        <source>Samma person kan inte vara både klient och våldsutövare.</source>
        <translation>The same person cannot be both client and perpetrator.</translation>
    </message>
    <message>
        <source>Samma lägenhet är kopplad flera gånger.</source>
        <translation>The same flat is linked more than once.</translation>
    </message>
    <message>
        <source>Samma hyresavtal är kopplat flera gånger.</source>
        <translation>The same lease is linked more than once.</translation>
    </message>
    <message>
        <source>Händelsen saknar text.</source>
        <translation>The event has no text.</translation>
    </message>
    <message>
        <source>Ange vem som registrerade händelsen.</source>
        <translation>Enter who recorded the event.</translation>
    </message>
    <message>
        <source>Beskriv beslutet.</source>
        <translation>Describe the decision.</translation>
    </message>
    <message>
        <source>Ange vem som fattade beslutet.</source>
        <translation>Enter who made the decision.</translation>
    </message>
    <message>
        <source>Beslutet kan inte gälla till ett datum före beslutet.</source>
        <translation>The decision cannot be valid until a date before the decision.</translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation>Case handler</translation>
    </message>
    <message>
        <source>Ärendenumret {0} hör till en annan ärendetyp än {1}.</source>
        <translation>The case number {0} belongs to a different case type than {1}.</translation>
    </message>
    <message>
        <source>Antal barn ska vara mellan 0 och {0}.</source>
        <translation>The number of children must be between 0 and {0}.</translation>
    </message>
    <message>
        <source>Årtalet i ärendenumret ska vara 2000–2099.</source>
        <translation>The year in the case number must be 2000–2099.</translation>
    </message>
    <message>
        <source>Löpnumren för {0} år {1} är slut (högst {2} ärenden per år).</source>
        <translation>The serial numbers for {0} in {1} are used up (at most {2} cases per year).</translation>
    </message>
    <message>
        <source>Löpnumret i ärendenumret ska vara 0001–{0}.</source>
        <translation>The serial number in the case number must be 0001–{0}.</translation>
    </message>
    <message>
        <source>Ärendenumret ska skrivas som {0} (typ, år, löpnummer).</source>
        <translation>The case number must be written as {0} (type, year, serial number).</translation>
    </message>
    <message>
        <source>Ärendenumret börjar med en okänd ärendetyp; giltiga är {0}.</source>
        <translation>The case number starts with an unknown case type; valid ones are {0}.</translation>
    </message>
    <message>
        <source>Vem som skrev under</source>
        <translation>Who signed</translation>
    </message>
    <message>
        <source>Filens innehåll är varken PDF, PNG eller JPEG (filnamnet avgör inte). Spara skanningen i något av de formaten.</source>
        <translation>The file’s content is neither PDF, PNG nor JPEG (the file name does not decide). Save the scan in one of those formats.</translation>
    </message>
    <message>
        <source>Årtalet i dokumentnumret ska vara 2000–2099.</source>
        <translation>The year in the document number must be 2000–2099.</translation>
    </message>
    <message>
        <source>Filen är tom. Välj den skannade filen igen.</source>
        <translation>The file is empty. Choose the scanned file again.</translation>
    </message>
    <message>
        <source>Skanna QR-koden på papperet eller klistra in texten från den.</source>
        <translation>Scan the QR code on the paper or paste its text.</translation>
    </message>
    <message>
        <source>Efter dokumentnumret ska koden fortsätta med ;sha256= och kontrollsumman.</source>
        <translation>After the document number the code must continue with ;sha256= and the checksum.</translation>
    </message>
    <message>
        <source>Kontrollsumman innehåller andra tecken än 0–9 och a–f; skanna igen.</source>
        <translation>The checksum contains characters other than 0–9 and a–f; scan again.</translation>
    </message>
    <message>
        <source>Innehållet stämmer INTE med dokument {0} (version {1}, {2}), skapat {3}. Papperet kan vara ändrat eller komma från ett annat dokument; jämför med registrets PDF.</source>
        <translation>The content does NOT match document {0} (version {1}, {2}), created {3}. The paper may have been altered or come from another document; compare it with the PDF in the register.</translation>
    </message>
    <message>
        <source>Löpnumret i dokumentnumret ska vara 000001–{0}.</source>
        <translation>The serial in the document number must be 000001–{0}.</translation>
    </message>
    <message>
        <source>Dokumentnumren för år {0} är slut (högst {1} dokument per år).</source>
        <translation>The document numbers for {0} are used up (at most {1} documents a year).</translation>
    </message>
    <message>
        <source>Ange vilket datum papperet skrevs under.</source>
        <translation>Give the date the paper was signed.</translation>
    </message>
    <message>
        <source>Filen är {0} MB; en skanning får vara högst {1} MB. Skanna med lägre upplösning.</source>
        <translation>The file is {0} MB; a scan may be at most {1} MB. Scan at a lower resolution.</translation>
    </message>
    <message>
        <source>Texten kommer inte från en QR-kod i skyddsapp: den ska börja med ett dokumentnummer som {0}.</source>
        <translation>The text does not come from a skyddsapp QR code: it must begin with a document number such as {0}.</translation>
    </message>
    <message>
        <source>{0} Det finns en nyare version ({1}) av blanketten i ärendet.</source>
        <translation>{0} There is a newer version ({1}) of the form in the case.</translation>
    </message>
    <message>
        <source>Inget dokument med numret {0} finns i valvet.</source>
        <translation>There is no document numbered {0} in the vault.</translation>
    </message>
    <message>
        <source>Dokument {0} (version {1}, {2}), skapat {3}, finns i valvet. Numret saknar kontrollsumma, så innehållet kan inte jämföras: skanna QR-koden för det.</source>
        <translation>Document {0} (version {1}, {2}), created {3}, is in the vault. The number has no checksum, so the content cannot be compared: scan the QR code for that.</translation>
    </message>
    <message>
        <source>QR-koden stämmer med dokument {0} (version {1}, {2}), skapat {3}. Jämför papperets text med registrets PDF: QR-koden visar inte om texten har ändrats för hand.</source>
        <translation>The QR code matches document {0} (version {1}, {2}), created {3}. Compare the paper&apos;s text with the register&apos;s PDF: the QR code does not show whether the text has been changed by hand.</translation>
    </message>
    <message>
        <source>Dokumentnumret ska skrivas som {0} (UH eller NX, år, sexsiffrigt löpnummer).</source>
        <translation>Write the document number as {0} (UH or NX, year, six-digit serial).</translation>
    </message>
    <message>
        <source>Dokumentnumret börjar med {0}, som ingen utfärdare har; giltiga är {1}.</source>
        <translation>The document number begins with {0}, which no issuer uses; valid ones are {1}.</translation>
    </message>
    <message>
        <source>Dokument {0} är arkiverat och kan inte längre ändras.</source>
        <translation>Document {0} is archived and can no longer be changed.</translation>
    </message>
    <message>
        <source>Dokument {0} är redan arkiverat.</source>
        <translation>Document {0} is already archived.</translation>
    </message>
    <message>
        <source>Underskriftsdatumet kan inte ligga i framtiden.</source>
        <translation>The date of signing cannot be in the future.</translation>
    </message>
    <message>
        <source>Underskriftsdatumet kan inte ligga före dokumentets datum {0}.</source>
        <translation>The date of signing cannot be before the document’s date {0}.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} Saknas: {1}</source>
        <translation>{0} Missing: {1}</translation>
    </message>
    <message>
        <source>Skälet</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>{0} innehåller otillåtna tecken.</source>
        <translation>{0} contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>{0} får vara högst {1} tecken.</source>
        <translation>{0} may be at most {1} characters long.</translation>
    </message>
    <message>
        <source>{0} får inte innehålla siffror.</source>
        <translation>{0} must not contain digits.</translation>
    </message>
    <message>
        <source>{0} får bara innehålla bokstäver, mellanslag, bindestreck och apostrof.</source>
        <translation>{0} may only contain letters, spaces, hyphens and apostrophes.</translation>
    </message>
    <message>
        <source>{0} måste innehålla bokstäver.</source>
        <translation>{0} must contain letters.</translation>
    </message>
    <message>
        <source>Kontraktsnummer</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>Hyresavtalet måste ha minst en hyresgäst.</source>
        <translation>The lease must have at least one tenant.</translation>
    </message>
    <message>
        <source>Uppsägningsdatumet kan inte ligga före avtalets startdatum.</source>
        <translation>The notice date cannot be before the start date of the lease.</translation>
    </message>
    <message>
        <source>Ett uppsagt avtal måste ha ett uppsägningsdatum.</source>
        <translation>A lease under notice must have a notice date.</translation>
    </message>
    <message>
        <source>Ett avtal med uppsägningsdatum kan inte ha status Gällande; välj Uppsagt eller Upphört.</source>
        <translation>A lease with a notice date cannot have the status Active; choose Notice given or Ended.</translation>
    </message>
    <message>
        <source>Avtalet är redan {0} och kan inte sägas upp.</source>
        <translation>The lease is already {0}; notice cannot be given.</translation>
    </message>
    <message>
        <source>Samma hyresgäst står flera gånger på avtalet.</source>
        <translation>The same tenant is listed more than once on the lease.</translation>
    </message>
    <message>
        <source>Ärendet behöver en våldsutövare.</source>
        <translation>The case needs a perpetrator.</translation>
    </message>
    <message>
        <source>Den här ärendetypen registrerar ingen lägenhet.</source>
        <translation>This kind of case records no flat.</translation>
    </message>
    <message>
        <source>Ett hyresavtal behöver en lägenhet: registrera lägenheten också.</source>
        <translation>A lease needs a flat: register the flat too.</translation>
    </message>
    <message>
        <source>En hyresgäst på avtalet är inte part i ärendet.</source>
        <translation>A tenant on the lease is not a party to the case.</translation>
    </message>
    <message>
        <source>En part ska vara antingen en ny eller en befintlig person.</source>
        <translation>A party must be either a new or an existing person.</translation>
    </message>
    <message>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Hot- och riskbedömning gjord</source>
        <translation>Threat and risk assessment done</translation>
    </message>
    <message>
        <source>Registrera hot- och riskbedömningen</source>
        <translation>Record the threat and risk assessment</translation>
    </message>
    <message>
        <source>Ombudet får inte hämta eller lämna nycklar: {0}</source>
        <translation>The agent may not collect or return keys: {0}</translation>
    </message>
    <message>
        <source>Fullmakten återkallades {0}.</source>
        <translation>The power of attorney was revoked on {0}.</translation>
    </message>
    <message>
        <source>Fullmakten gäller först från {0}.</source>
        <translation>The power of attorney is valid only from {0}.</translation>
    </message>
    <message>
        <source>Fullmakten gick ut {0}.</source>
        <translation>The power of attorney expired on {0}.</translation>
    </message>
    <message>
        <source>Fullmakten omfattar inte: {0}.</source>
        <translation>The power of attorney does not cover: {0}.</translation>
    </message>
    <message>
        <source>Samma sak står flera gånger.</source>
        <translation>The same item is listed more than once.</translation>
    </message>
    <message>
        <source>Ärendet är avslutat; ingen ny förfrågan kan registreras.</source>
        <translation>The case is closed; no new referral can be recorded.</translation>
    </message>
    <message>
        <source>Förfrågan kan inte vara skickad ett datum i framtiden.</source>
        <translation>The referral cannot have been sent on a date in the future.</translation>
    </message>
    <message>
        <source>Ange när kommunen svarade.</source>
        <translation>Give the date the municipality answered.</translation>
    </message>
    <message>
        <source>Svaret kan inte komma före förfrågan.</source>
        <translation>The answer cannot come before the referral.</translation>
    </message>
    <message>
        <source>Svaret kan inte vara daterat i framtiden.</source>
        <translation>The answer cannot be dated in the future.</translation>
    </message>
    <message>
        <source>En förfrågan genom Länskompotten hör till ett ärende av typen {0}.</source>
        <translation>A referral through Länskompotten belongs to a case of the type {0}.</translation>
    </message>
    <message>
        <source>Ange kommunens svar, eller ta bort datumet för svaret.</source>
        <translation>Give the municipality&apos;s answer, or remove the date of the answer.</translation>
    </message>
    <message>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Återställd från en tidigare version</source>
        <translation>Restored from an earlier version</translation>
    </message>
    <message>
        <source>Uppsägning registrerad</source>
        <translation>Notice registered</translation>
    </message>
    <message>
        <source>Nytt läge i arbetsflödet</source>
        <translation>New step in the workflow</translation>
    </message>
    <message>
        <source>Handläggare tilldelad</source>
        <translation>Handler assigned</translation>
    </message>
    <message>
        <source>Handläggare borttagen</source>
        <translation>Handler removed</translation>
    </message>
    <message>
        <source>Delat med den andra organisationen</source>
        <translation>Shared with the other organisation</translation>
    </message>
    <message>
        <source>Delningen avslutad</source>
        <translation>Sharing ended</translation>
    </message>
    <message>
        <source>Part tillagd</source>
        <translation>Party added</translation>
    </message>
    <message>
        <source>Part borttagen</source>
        <translation>Party removed</translation>
    </message>
    <message>
        <source>Visningsstopp beräknat från uppsägningen</source>
        <translation>Showing embargo computed from the notice</translation>
    </message>
    <message>
        <source>Ändrad med placeringen i skyddat boende</source>
        <translation>Changed with the placement in sheltered housing</translation>
    </message>
    <message>
        <source>Efternamn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <source>Skydd</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Folkbokföringsadress</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>Postadress</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Särskild postförmedling</source>
        <translation>Mail forwarding service</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Medföljande barn</source>
        <translation>Children who follow</translation>
    </message>
    <message>
        <source>Rum</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Yta (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>Får inte visas före</source>
        <translation>Not to be shown before</translation>
    </message>
    <message>
        <source>Hyresgäster</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>Avtalstyp</source>
        <translation>Lease type</translation>
    </message>
    <message>
        <source>Tillträde</source>
        <translation>Move-in date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delat med</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Lägenheter</source>
        <translation>Flats</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Fältet {0} har ingen historik.</source>
        <translation>The field {0} has no history.</translation>
    </message>
    <message>
        <source>Visa de skyddade värdena innan du återställer.</source>
        <translation>Show the protected values before you restore.</translation>
    </message>
    <message>
        <source>{0} återställs inte från historiken; ändra det i ärendet.</source>
        <translation>{0} is not restored from the history; change it in the case.</translation>
    </message>
    <message>
        <source>{0} har redan värdet från version {1}.</source>
        <translation>{0} already has the value from version {1}.</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Utfört {0}</source>
        <translation>Done {0}</translation>
    </message>
    <message>
        <source>Beställt {0}</source>
        <translation>Ordered {0}</translation>
    </message>
    <message>
        <source>Lägenheten har ingen registrerad nyckeluppsättning. Registrera nycklarna under fliken Nycklar först.</source>
        <translation>The flat has no registered key set. Register the keys in the Keys tab first.</translation>
    </message>
    <message>
        <source>{0} kan inte tas bort: {1} är utlämnade eller förlorade. Ta emot dem eller byt låset först.</source>
        <translation>{0} cannot be removed: {1} are handed out or lost. Take them back or change the lock first.</translation>
    </message>
    <message>
        <source>{0}: antalet kan inte vara lägre än {1}, som är utlämnade eller förlorade.</source>
        <translation>{0}: the count cannot be lower than {1}, which are handed out or lost.</translation>
    </message>
    <message>
        <source>Rad {0}: {1} {2} ({3} {4}) finns inte i lägenhetens nyckelregister.</source>
        <translation>Row {0}: {1} {2} ({3} {4}) is not in the flat&apos;s key registry.</translation>
    </message>
    <message>
        <source>Rad {0}: samma sort står redan på en rad ovanför.</source>
        <translation>Row {0}: the same sort is already on a row above.</translation>
    </message>
    <message>
        <source>Rad {0}: ange serienummer (krävs i registret).</source>
        <translation>Row {0}: give the series number (the registry requires it).</translation>
    </message>
    <message>
        <source>Visningsstoppet kan inte sluta före {0}: den gamla lägenheten får inte annonseras eller visas under uppsägningstiden, som löper till och med {1} (hyresavtal {2}).</source>
        <translation>The showing embargo cannot end before {0}: the old flat must not be advertised or shown during the notice period, which runs up to and including {1} (lease {2}).</translation>
    </message>
    <message>
        <source>Den gamla lägenhetens hyresavtal {0} är inte uppsagt: registrera uppsägningen.</source>
        <translation>The old flat&apos;s lease {0} has not been given notice: register the notice.</translation>
    </message>
    <message>
        <source>Den gamla lägenhetens uppsägningstid löper till {0} (hyresavtal {1}).</source>
        <translation>The old flat&apos;s notice period runs until {0} (lease {1}).</translation>
    </message>
    <message>
        <source>Utfallet för den gamla lägenheten är inte registrerat (hyresavtal {0}).</source>
        <translation>The outcome for the old flat is not recorded (lease {0}).</translation>
    </message>
    <message>
        <source>Bedömningen</source>
        <translation>The assessment</translation>
    </message>
    <message>
        <source>En lägenhet som står tom har inget datum för ny uthyrning: ta bort datumet eller välj ett annat utfall.</source>
        <translation>A flat standing empty has no date of being let again: remove the date or choose another outcome.</translation>
    </message>
    <message>
        <source>Beskriv bedömningen att det är tryggt för klienten att lägenheten hyrs ut på vanligt sätt igen.</source>
        <translation>Describe the assessment that it is safe for the client that the flat is let in the ordinary way again.</translation>
    </message>
    <message>
        <source>Ange dagen då lägenheten hyrs ut igen.</source>
        <translation>Enter the day the flat is let again.</translation>
    </message>
    <message>
        <source>Svara på om lägenheten har varit fri från störningar: bara en lägenhet utan störningar kan erbjudas kommunen enligt kvotavtalet.</source>
        <translation>Answer whether the flat has been free from disturbances: only a flat without disturbances can be offered to the municipality under the quota agreement.</translation>
    </message>
    <message>
        <source>Vakansen kan inte börja före {0}: det gamla hyresavtalet löper till och med {1}.</source>
        <translation>The vacancy cannot begin before {0}: the old lease runs up to and including {1}.</translation>
    </message>
    <message>
        <source>Lägenheten kan inte hyras ut före den dag vakansen börjar ({0}).</source>
        <translation>The flat cannot be let before the day the vacancy begins ({0}).</translation>
    </message>
    <message>
        <source>Lägenheten kan inte erbjudas kommunen som bostadssocialt kontrakt: den har haft störningar, och kvotavtalet gäller bara lägenheter utan störningar.</source>
        <translation>The flat cannot be offered to the municipality as a social housing contract: it has had disturbances, and the quota agreement covers only flats without disturbances.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Barn {0}</source>
        <translation>Child {0}</translation>
    </message>
    <message>
        <source>Födelsedatumet i personnumret ligger i framtiden.</source>
        <translation>The date of birth in the personal identity number is in the future.</translation>
    </message>
    <message>
        <source>Bostadsadress</source>
        <translation>Home address</translation>
    </message>
    <message>
        <source>Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och ett inledande plustecken.</source>
        <translation>The phone number may only contain digits, spaces, hyphens and a leading plus sign.</translation>
    </message>
    <message>
        <source>Plustecknet får bara stå först i telefonnumret.</source>
        <translation>The plus sign may only come first in the phone number.</translation>
    </message>
    <message>
        <source>Telefonnumret har fel antal siffror: ett svenskt nummer har 7–10 siffror med inledande 0, t.ex. 070-123 45 67.</source>
        <translation>The phone number has the wrong number of digits: a Swedish number has 7–10 digits with a leading 0, e.g. 070-123 45 67.</translation>
    </message>
    <message>
        <source>{0}: förnamn</source>
        <translation>{0}: first name</translation>
    </message>
    <message>
        <source>Särskild postförmedling via Skatteverket gäller bara personer med skyddade personuppgifter.</source>
        <translation>The Swedish Tax Agency&apos;s mail forwarding service is only for persons with protected personal data.</translation>
    </message>
    <message>
        <source>Personnummer behövs för särskild postförmedling: Skatteverket förmedlar posten med hjälp av mottagarens personnummer.</source>
        <translation>A personal identity number is needed for the mail forwarding service: the Swedish Tax Agency forwards the mail using the recipient&apos;s personal identity number.</translation>
    </message>
    <message>
        <source>Ange ett svenskt telefonnummer (börjar med 0 eller +46).</source>
        <translation>Enter a Swedish phone number (starting with 0 or +46).</translation>
    </message>
    <message>
        <source>Telefonnumret ska börja med 0 eller +46.</source>
        <translation>The phone number must start with 0 or +46.</translation>
    </message>
    <message>
        <source>{0}: födelseåret ligger i framtiden.</source>
        <translation>{0}: the year of birth is in the future.</translation>
    </message>
    <message>
        <source>{0}: födelseåret ger en ålder över {1} år; registrera vuxna som egna personer.</source>
        <translation>{0}: the year of birth gives an age over {1}; register adults as persons of their own.</translation>
    </message>
    <message>
        <source>samordningsnumret</source>
        <translation>the co-ordination number</translation>
    </message>
    <message>
        <source>personnumret</source>
        <translation>the personal identity number</translation>
    </message>
    <message>
        <source>Personnumret ska lagras som exakt 12 siffror (ÅÅÅÅMMDDNNNK).</source>
        <translation>The personal identity number must be stored as exactly 12 digits (YYYYMMDDNNNC).</translation>
    </message>
    <message>
        <source>Personnumret ska börja med 18, 19 eller 20 när det skrivs med 12 siffror.</source>
        <translation>The personal identity number must start with 18, 19 or 20 when written with 12 digits.</translation>
    </message>
    <message>
        <source>Datumet i {0} finns inte: månaden ska vara 01–12.</source>
        <translation>The date in {0} does not exist: the month must be 01–12.</translation>
    </message>
    <message>
        <source>Datumet i personnumret finns inte: dagen ska vara 01–31 (61–91 för samordningsnummer).</source>
        <translation>The date in the personal identity number does not exist: the day must be 01–31 (61–91 for co-ordination numbers).</translation>
    </message>
    <message>
        <source>Födelsenumret (de tre siffrorna efter datumet) i {0} får inte vara 000.</source>
        <translation>The birth number (the three digits after the date) in {0} must not be 000.</translation>
    </message>
    <message>
        <source>Kontrollsiffran i {0} stämmer inte – kontrollera att alla siffror är rätt.</source>
        <translation>The check digit in {0} does not match – check that all digits are correct.</translation>
    </message>
    <message>
        <source>Personnumret är ogiltigt.</source>
        <translation>The personal identity number is invalid.</translation>
    </message>
    <message>
        <source>Datumet i personnumret finns inte: dagen finns inte i den månaden.</source>
        <translation>The date in the personal identity number does not exist: that month has no such day.</translation>
    </message>
    <message>
        <source>Personnummer saknas.</source>
        <translation>Personal identity number is missing.</translation>
    </message>
    <message>
        <source>Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.</source>
        <translation>The personal identity number may only contain digits and one hyphen or plus sign.</translation>
    </message>
    <message>
        <source>Bindestreck eller plustecken ska stå före de fyra sista siffrorna.</source>
        <translation>A hyphen or plus sign must come before the last four digits.</translation>
    </message>
    <message>
        <source>Datumet i samordningsnumret finns inte: dagen minus 60 finns inte i den månaden.</source>
        <translation>The date in the co-ordination number does not exist: the day minus 60 does not exist in that month.</translation>
    </message>
    <message>
        <source>Personnumret ska ha 10 eller 12 siffror (ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN), men har {0}.</source>
        <translation>The personal identity number must have 10 or 12 digits (YYMMDD-NNNN or YYYYMMDD-NNNN), but has {0}.</translation>
    </message>
    <message>
        <source>Födelsedatumet i {0} ligger i framtiden.</source>
        <translation>The date of birth in {0} is in the future.</translation>
    </message>
    <message>
        <source>Leverantör</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Ingen lägenhet erbjuden</source>
        <translation>No flat offered</translation>
    </message>
    <message>
        <source>Erbjudande om lägenhet inte registrerat</source>
        <translation>Offer of a flat not recorded</translation>
    </message>
    <message>
        <source>Lägenhet erbjuden före slutet</source>
        <translation>Flat offered before the end</translation>
    </message>
    <message>
        <source>Välj det ramavtal om skyddat boende som placeringen gjordes under.</source>
        <translation>Choose the framework agreement on sheltered housing the placement was made under.</translation>
    </message>
    <message>
        <source>Placeringen kan inte börja ett datum i framtiden.</source>
        <translation>The placement cannot start on a date in the future.</translation>
    </message>
    <message>
        <source>Det planerade slutet kan inte ligga före startdatumet.</source>
        <translation>The planned end cannot be before the start date.</translation>
    </message>
    <message>
        <source>Placeringen kan inte upphöra före startdatumet.</source>
        <translation>The placement cannot end before the start date.</translation>
    </message>
    <message>
        <source>Placeringen kan inte ha upphört ett datum i framtiden.</source>
        <translation>The placement cannot have ended on a date in the future.</translation>
    </message>
    <message>
        <source>En placering i skyddat boende hör till ett ärende av typen {0}.</source>
        <translation>A placement in sheltered housing belongs to a case of the type {0}.</translation>
    </message>
    <message>
        <source>Ange utfallet: vart klienten flyttade när placeringen upphörde.</source>
        <translation>Give the outcome: where the client moved when the placement ended.</translation>
    </message>
    <message>
        <source>Ange om klienten erbjöds en lägenhet innan placeringen upphörde.</source>
        <translation>Say whether the client was offered a flat before the placement ended.</translation>
    </message>
    <message>
        <source>Ärendet är avslutat; placeringens faktiska slutdatum kan inte tas bort.</source>
        <translation>The case is closed; the actual end date of the placement cannot be removed.</translation>
    </message>
    <message>
        <source>Avtalet ”{0}” är inget ramavtal om skyddat boende.</source>
        <translation>The agreement “{0}” is not a framework agreement on sheltered housing.</translation>
    </message>
    <message>
        <source>Ramavtalet ”{0}” gällde inte på startdatumet {1}; välj det ramavtal som gällde då.</source>
        <translation>The framework agreement “{0}” was not in force on the start date {1}; choose the framework agreement in force then.</translation>
    </message>
    <message>
        <source>Ingen adress kan skrivas ut: personen saknar adress.</source>
        <translation>No address can be printed: the person has no address.</translation>
    </message>
    <message>
        <source>Bedömare</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Ange vem som gjorde riskbedömningen.</source>
        <translation>Enter who made the risk assessment.</translation>
    </message>
    <message>
        <source>Datum för nästa uppföljning kan inte ligga före bedömningens datum.</source>
        <translation>The date of the next review cannot be before the date of the assessment.</translation>
    </message>
    <message>
        <source>Uppsala Kvinnojour har redan fått 1 lägenhet med start {0}.</source>
        <translation>Uppsala Kvinnojour has already been let 1 flat starting in {0}.</translation>
    </message>
    <message>
        <source>Uppsala Kvinnojour har redan fått {0} lägenheter med start {1}.</source>
        <translation>Uppsala Kvinnojour has already been let {0} flats starting in {1}.</translation>
    </message>
    <message>
        <source>Avtalet ”{0}” gäller upp till {1} per kalenderår.</source>
        <translation>The agreement “{0}” covers up to {1} per calendar year.</translation>
    </message>
    <message>
        <source>Inget avtal anger något antal, så styrelsens beslut gäller: upp till {0} per kalenderår.</source>
        <translation>No agreement sets a number, so the board&apos;s decision applies: up to {0} per calendar year.</translation>
    </message>
    <message>
        <source>Riskbedömningen {0} anger {1} och att våldsutövaren inte är uppsökande.</source>
        <translation>The risk assessment of {0} finds {1} and that the perpetrator does not seek the victim out.</translation>
    </message>
    <message>
        <source>Risken för återfall är bedömd som {0}; den ska vara låg eller ingen.</source>
        <translation>The risk of relapse is assessed as {0}; it must be low or none.</translation>
    </message>
    <message>
        <source>Den senaste riskbedömningen skulle följas upp senast {0}; gör en ny bedömning före flytten.</source>
        <translation>The latest risk assessment was due for review by {0}; make a new assessment before the move.</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Det bostadssociala kontraktets startdatum ändrat: prövotiden börjar {0} och löper ut {1} ({2} månader), i stället för {3}–{4}.</source>
        <translation>Start date of the social housing contract changed: the trial period begins on {0} and ends on {1} ({2} months), instead of {3}–{4}.</translation>
    </message>
    <message>
        <source>Startdatumet kan inte ändras till {0}: prövotiden skulle då löpa ut {1}, före den gemensamma bedömningen som gjordes {2}.</source>
        <translation>The start date cannot be changed to {0}: the trial period would then end on {1}, before the joint assessment made on {2}.</translation>
    </message>
    <message>
        <source>Startdatumet kan inte ändras till {0}: den gemensamma bedömningen gjordes redan {1}, och prövotiden kan inte börja efter den.</source>
        <translation>The start date cannot be changed to {0}: the joint assessment was already made on {1}, and the trial period cannot begin after it.</translation>
    </message>
    <message>
        <source>Startdatumet kan inte ändras till {0}: det bostadssociala kontraktet upphörde {1}, dagen före förstahandskontraktet.</source>
        <translation>The start date cannot be changed to {0}: the social housing contract ended on {1}, the day before the first-hand lease.</translation>
    </message>
    <message>
        <source>Lösenfrasen måste vara minst {0} tecken lång.</source>
        <translation>The passphrase must be at least {0} characters long.</translation>
    </message>
    <message>
        <source>Ange en motivering för steget.</source>
        <translation>Give a reason for the step.</translation>
    </message>
    <message>
        <source>Motiveringen</source>
        <translation>The grounds</translation>
    </message>
    <message>
        <source>Steget ”{0}” kan inte göras i läget ”{1}”; det måste föregås av andra steg.</source>
        <translation>The step “{0}” cannot be taken in the state “{1}”; other steps must come first.</translation>
    </message>
    <message>
        <source>Ärendet är avslutat ({0}); inga fler steg kan göras.</source>
        <translation>The case is closed ({0}); no further steps can be taken.</translation>
    </message>
    <message>
        <source>Steget finns inte i arbetsflödet för ärendetypen ”{0}”.</source>
        <translation>The step does not exist in the workflow for the case type “{0}”.</translation>
    </message>
    <message>
        <source>Ange vilken användare som utför steget.</source>
        <translation>Enter which user is taking the step.</translation>
    </message>
    <message>
        <source>Ärendet står i ett okänt läge för {0}; kontakta administratören.</source>
        <translation>The case is in an unknown state for {0}; contact the administrator.</translation>
    </message>
    <message>
        <source>Steget ”{0}” kan inte göras ännu.</source>
        <translation>The step “{0}” cannot be taken yet.</translation>
    </message>
    <message>
        <source>En handling per rad, t.ex. ”Uppsägning av hyresavtal, 2026-11-20”. Skriv inga namn, personnummer eller adresser. Lämna tomt för att fylla i för hand.</source>
        <translation>One document per line, e.g. “Notice of termination of lease, 2026-11-20”. Do not write any names, personal identity numbers or addresses. Leave empty to fill in by hand.</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Innehållet får inte innehålla personnummer.</source>
        <translation>The contents must not include personal identity numbers.</translation>
    </message>
    <message>
        <source>Innehållet får vara högst {0} rader.</source>
        <translation>The contents may be at most {0} lines.</translation>
    </message>
    <message>
        <source>Innehållet får inte innehålla namn eller adresser till personer i ärendet (här: {0}).</source>
        <translation>The contents must not include names or addresses of persons in the case (here: {0}).</translation>
    </message>
    <message>
        <source>Välj bara det som behövs för boendet.</source>
        <translation>Choose only what is needed for the housing.</translation>
    </message>
    <message>
        <source>Samtycket omfattar</source>
        <translation>The consent covers</translation>
    </message>
    <message>
        <source>Gäller till och med</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Syfte (valfritt)</source>
        <translation>Purpose (optional)</translation>
    </message>
    <message>
        <source>Välj minst en uppgift som samtycket omfattar.</source>
        <translation>Choose at least one item that the consent covers.</translation>
    </message>
    <message>
        <source>Högst {0} månader framåt.</source>
        <translation>At most {0} months ahead.</translation>
    </message>
    <message>
        <source>Samtycket måste gälla till ett datum efter i dag.</source>
        <translation>The consent must be valid until a date after today.</translation>
    </message>
    <message>
        <source>Ett samtycke får gälla högst {0} månader, till och med {1}.</source>
        <translation>A consent may be valid for at most {0} months, up to and including {1}.</translation>
    </message>
    <message>
        <source>Nexus begär</source>
        <translation>Nexus requests</translation>
    </message>
    <message>
        <source>Krävs när du väljer Annat. Skriv inte in detaljer om våldet eller riskbedömningen; lämnas tomt skrivs motiveringen för hand.</source>
        <translation>Required when you choose Other. Do not enter details of the violence or the risk assessment; if left empty, the justification is written by hand.</translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>T.ex. områden där klienten av säkerhetsskäl inte kan bo.</source>
        <translation>E.g. areas where the client cannot live for safety reasons.</translation>
    </message>
    <message>
        <source>Områden som ska undvikas eller önskas (valfritt)</source>
        <translation>Areas to be avoided or preferred (optional)</translation>
    </message>
    <message>
        <source>Beskriv i motiveringen vad som begärs när du väljer Annat.</source>
        <translation>Describe in the justification what is requested when you choose Other.</translation>
    </message>
    <message>
        <source>Välj lägenhet. Ärendet behöver en kopplad lägenhet.</source>
        <translation>Choose a flat. The case needs a linked flat.</translation>
    </message>
    <message>
        <source>Lägenheten hör inte till ärendet.</source>
        <translation>The flat does not belong to the case.</translation>
    </message>
    <message>
        <source>Handläggarens telefonnummer i tjänsten. Lämna tomt för att skriva för hand.</source>
        <translation>The case handler&apos;s work phone number. Leave empty to write it by hand.</translation>
    </message>
    <message>
        <source>Telefon till din kontakt (valfritt)</source>
        <translation>Phone number of your contact (optional)</translation>
    </message>
    <message>
        <source>Nycklar, taggar och kort</source>
        <translation>Keys, tags and cards</translation>
    </message>
    <message>
        <source>Klienten, en medhyresgäst eller ett ombud med fullmakt.</source>
        <translation>The client, a co-tenant or an agent with power of attorney.</translation>
    </message>
    <message>
        <source>Lägenhet som nycklarna gäller</source>
        <translation>Flat the keys are for</translation>
    </message>
    <message>
        <source>Utlämningsdatum</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Datum för återlämnandet</source>
        <translation>Date of return</translation>
    </message>
    <message>
        <source>Alla nycklar har lämnats tillbaka</source>
        <translation>All keys have been returned</translation>
    </message>
    <message>
        <source>Fyll i när alla nycklar inte har lämnats tillbaka: vilka och varför. Då ska låset bytas.</source>
        <translation>Fill in when not all keys have been returned: which ones and why. The lock must then be changed.</translation>
    </message>
    <message>
        <source>Nycklar som saknas</source>
        <translation>Missing keys</translation>
    </message>
    <message>
        <source>Ange om alla nycklar har lämnats tillbaka.</source>
        <translation>State whether all keys have been returned.</translation>
    </message>
    <message>
        <source>Beskriv vilka nycklar, taggar eller kort som saknas.</source>
        <translation>Describe which keys, tags or cards are missing.</translation>
    </message>
    <message>
        <source>Alla nycklar är markerade som återlämnade. Ta bort texten om saknade nycklar, eller ta bort markeringen.</source>
        <translation>All keys are marked as returned. Remove the text about missing keys, or remove the tick.</translation>
    </message>
    <message>
        <source>Välj vem som tar emot eller lämnar nycklarna.</source>
        <translation>Choose who receives or hands back the keys.</translation>
    </message>
    <message>
        <source>Personen måste vara klient, medhyresgäst eller ombud i ärendet.</source>
        <translation>The person must be a client, co-tenant or agent in the case.</translation>
    </message>
    <message>
        <source>Ange minst en nyckel, tagg eller kort.</source>
        <translation>Give at least one key, tag or card.</translation>
    </message>
    <message>
        <source>{0} får ligga högst {1} dagar fram i tiden.</source>
        <translation>{0} may be at most {1} days in the future.</translation>
    </message>
    <message>
        <source>{0} får inte ligga mer än ett år bakåt i tiden.</source>
        <translation>{0} must not be more than a year in the past.</translation>
    </message>
    <message>
        <source>Ange högst {0} rader.</source>
        <translation>Give at most {0} rows.</translation>
    </message>
    <message>
        <source>Ingen rad har lägenhetens nyckelserie {0}. Kontrollera att raderna gäller vald lägenhet, eller uppdatera lägenhetens nyckelserie om låset har bytts.</source>
        <translation>No row has the flat&apos;s key series {0}. Check that the rows are for the chosen flat, or update the flat&apos;s key series if the lock has been changed.</translation>
    </message>
    <message>
        <source>Rad {0}: välj typ (nyckel, tagg eller kort).</source>
        <translation>Row {0}: choose a type (key, tag or card).</translation>
    </message>
    <message>
        <source>Rad {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <source>Rad {0}: antal ska vara ett heltal från 1 till {1}.</source>
        <translation>Row {0}: the count must be a whole number from 1 to {1}.</translation>
    </message>
    <message>
        <source>Rad {0}: raden kan inte läsas.</source>
        <translation>Row {0}: the row cannot be read.</translation>
    </message>
    <message>
        <source>Enligt nyckelregistret saknas {0} av de kvitterade nycklarna, taggarna och korten. Ta bort markeringen Alla nycklar har lämnats tillbaka och beskriv vad som saknas.</source>
        <translation>According to the key registry, {0} of the signed-for keys, tags and cards are missing. Untick All keys have been returned and describe what is missing.</translation>
    </message>
    <message>
        <source>Välj hyresavtal. Ärendet behöver ett kopplat avtal.</source>
        <translation>Choose a lease. The case needs a linked lease.</translation>
    </message>
    <message>
        <source>Hyresavtalet hör inte till ärendet.</source>
        <translation>The lease does not belong to the case.</translation>
    </message>
    <message>
        <source>Lägenhet där låset ska bytas</source>
        <translation>Flat where the lock is to be changed</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Krävs vid Annat skäl. Skriv inga namn: beställningen går till låssmeden.</source>
        <translation>Required for Other reason. Do not write any names: the order goes to the locksmith.</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Brådskande</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Anges endast vid Planerat datum.</source>
        <translation>Only given for Planned date.</translation>
    </message>
    <message>
        <source>Önskat datum</source>
        <translation>Preferred date</translation>
    </message>
    <message>
        <source>Antal nya nycklar</source>
        <translation>Number of new keys</translation>
    </message>
    <message>
        <source>Beskriv skälet när du väljer Annat skäl.</source>
        <translation>Describe the reason when you choose Other reason.</translation>
    </message>
    <message>
        <source>Skriv inga namn i beställningen: den som byter låset får inte veta vem som bor i lägenheten.</source>
        <translation>Do not write any names in the order: whoever changes the lock must not know who lives in the flat.</translation>
    </message>
    <message>
        <source>Önskat datum kan inte läsas.</source>
        <translation>The preferred date cannot be read.</translation>
    </message>
    <message>
        <source>Ange önskat datum för planerat låsbyte.</source>
        <translation>Give the preferred date for a planned lock change.</translation>
    </message>
    <message>
        <source>Önskat datum har redan passerat.</source>
        <translation>The preferred date has already passed.</translation>
    </message>
    <message>
        <source>Antal nya nycklar ska vara ett heltal från {0} till {1}.</source>
        <translation>The number of new keys must be a whole number from {0} to {1}.</translation>
    </message>
    <message>
        <source>Önskat datum anges bara när brådskande är Planerat datum; ta bort datumet eller välj Planerat datum.</source>
        <translation>A preferred date is only given when Urgency is Planned date; remove the date or choose Planned date.</translation>
    </message>
    <message>
        <source>Önskat datum får ligga högst {0} dagar fram i tiden.</source>
        <translation>The preferred date may be at most {0} days in the future.</translation>
    </message>
    <message>
        <source>Klienten eller en annan part i ärendet med skyddade personuppgifter.</source>
        <translation>The client or another party to the case with protected personal data.</translation>
    </message>
    <message>
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Välj mottagare.</source>
        <translation>Choose a recipient.</translation>
    </message>
    <message>
        <source>Mottagaren måste vara klienten eller en part i ärendet med skyddade personuppgifter.</source>
        <translation>The recipient must be the client or a party to the case with protected personal data.</translation>
    </message>
    <message>
        <source>Registrera det nya avtalet i ärendet först (status Gällande).</source>
        <translation>Register the new lease in the case first (status Active).</translation>
    </message>
    <message>
        <source>Nytt hyresavtal</source>
        <translation>New lease</translation>
    </message>
    <message>
        <source>Anteckningar för den manuella hanteringen (valfritt)</source>
        <translation>Notes for manual processing (optional)</translation>
    </message>
    <message>
        <source>Avtalet är uppsagt eller har upphört; välj det nya avtalet som ska skrivas.</source>
        <translation>The lease is under notice or has ended; choose the new lease that is to be signed.</translation>
    </message>
    <message>
        <source>Lägg till ombudet som part i ärendet (roll Ombud) om det saknas.</source>
        <translation>Add the agent as a party to the case (role Agent) if they are not there yet.</translation>
    </message>
    <message>
        <source>Ombud</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Fullmakten omfattar</source>
        <translation>The power of attorney covers</translation>
    </message>
    <message>
        <source>Gäller från</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Vittne 1 (valfritt)</source>
        <translation>Witness 1 (optional)</translation>
    </message>
    <message>
        <source>Vittne 2 (valfritt)</source>
        <translation>Witness 2 (optional)</translation>
    </message>
    <message>
        <source>Ärendet har ingen klient som kan ge fullmakt.</source>
        <translation>The case has no client who can grant power of attorney.</translation>
    </message>
    <message>
        <source>Välj ombud.</source>
        <translation>Choose an agent.</translation>
    </message>
    <message>
        <source>Välj minst en sak som fullmakten omfattar.</source>
        <translation>Choose at least one thing that the power of attorney covers.</translation>
    </message>
    <message>
        <source>Ombudet måste vara part i ärendet med rollen Ombud.</source>
        <translation>The agent must be a party to the case with the role Agent.</translation>
    </message>
    <message>
        <source>Slutdatumet kan inte ligga före startdatumet.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>Fullmakten har redan gått ut och får inte användas.</source>
        <translation>The power of attorney has already expired and must not be used.</translation>
    </message>
    <message>
        <source>Klienten kan inte vara sitt eget ombud.</source>
        <translation>The client cannot be their own agent.</translation>
    </message>
    <message>
        <source>En fullmakt får gälla högst {0} dagar.</source>
        <translation>A power of attorney may be valid for at most {0} days.</translation>
    </message>
    <message>
        <source>De publicerade kriterierna för förtur. Minst ett vid bifall.</source>
        <translation>The published criteria for priority. At least one if granted.</translation>
    </message>
    <message>
        <source>Kriterier som tillämpats</source>
        <translation>Criteria applied</translation>
    </message>
    <message>
        <source>Individuell behovsbedömning</source>
        <translation>Individual needs assessment</translation>
    </message>
    <message>
        <source>Antal vuxna i hushållet</source>
        <translation>Number of adults in the household</translation>
    </message>
    <message>
        <source>Antal barn i hushållet</source>
        <translation>Number of children in the household</translation>
    </message>
    <message>
        <source>Förslag: ett vardagsrum, ett sovrum per vuxen och ett per två barn.</source>
        <translation>Suggestion: one living room, one bedroom per adult and one per two children.</translation>
    </message>
    <message>
        <source>Antal rum som behövs</source>
        <translation>Number of rooms needed</translation>
    </message>
    <message>
        <source>Områden eller orter som sökanden av säkerhetsskäl inte ska erbjudas bostad i.</source>
        <translation>Areas or towns where the applicant must not be offered a home, for safety reasons.</translation>
    </message>
    <message>
        <source>Områden som inte får erbjudas (valfritt)</source>
        <translation>Areas that must not be offered (optional)</translation>
    </message>
    <message>
        <source>Ange minst ett kriterium som förturen beviljas enligt.</source>
        <translation>Give at least one criterion under which priority is granted.</translation>
    </message>
    <message>
        <source>Kriteriet Hemmavarande barn kan inte anges när hushållet saknar barn.</source>
        <translation>The criterion Children living at home cannot be given when the household has no children.</translation>
    </message>
    <message>
        <source>Beskriv bedömningen av sökandens behov (högst {0} tecken).</source>
        <translation>Describe the assessment of the applicant&apos;s needs (at most {0} characters).</translation>
    </message>
    <message>
        <source>{0}: ange ett heltal.</source>
        <translation>{0}: enter a whole number.</translation>
    </message>
    <message>
        <source>{0} ska vara mellan {1} och {2}.</source>
        <translation>{0} must be between {1} and {2}.</translation>
    </message>
    <message>
        <source>{0} kan inte skapas. Det saknas: {1}</source>
        <translation>{0} cannot be created. Missing: {1}</translation>
    </message>
    <message>
        <source>Välj {0}.</source>
        <translation>Choose {0}.</translation>
    </message>
    <message>
        <source>{0}: okänt val.</source>
        <translation>{0}: unknown choice.</translation>
    </message>
    <message>
        <source>Andrahandskontrakt till Uppsala Kvinnojour eller bostadssocialt kontrakt.</source>
        <translation>Sublease to Uppsala Kvinnojour or social housing contract.</translation>
    </message>
    <message>
        <source>Avtal som upplåts i andra hand</source>
        <translation>Lease to be sublet</translation>
    </message>
    <message>
        <source>Tillträdesdag</source>
        <translation>Move-in date</translation>
    </message>
    <message>
        <source>Lämna tomt om avtalet gäller tills vidare.</source>
        <translation>Leave empty if the lease runs until further notice.</translation>
    </message>
    <message>
        <source>Avtalet gäller till och med</source>
        <translation>The lease is valid until</translation>
    </message>
    <message>
        <source>Gäller bara bostadssocialt kontrakt.</source>
        <translation>Only for a social housing contract.</translation>
    </message>
    <message>
        <source>Prövotid (månader)</source>
        <translation>Trial period (months)</translation>
    </message>
    <message>
        <source>Högst förstahandshyran.</source>
        <translation>At most the first-hand rent.</translation>
    </message>
    <message>
        <source>Månadshyra (kr)</source>
        <translation>Monthly rent (SEK)</translation>
    </message>
    <message>
        <source>Bara villkor som följer av hyreslagen. Krav på t.ex. drogtester, medicinering eller hembesök är otillåtna och stoppas.</source>
        <translation>Only conditions that follow from the Tenancy Act. Requirements such as drug tests, medication or home visits are not allowed and are blocked.</translation>
    </message>
    <message>
        <source>Övriga villkor (valfritt)</source>
        <translation>Other conditions (optional)</translation>
    </message>
    <message>
        <source>Villkoret innehåller ”{0}”. Krav av det slaget har JO funnit otillåtna i bostadssociala kontrakt; avtalet får bara ställa de krav som följer av hyreslagen.</source>
        <translation>The condition contains “{0}”. The Parliamentary Ombudsmen (JO) have found requirements of that kind impermissible in social housing contracts; the lease may only impose the requirements that follow from the Tenancy Act.</translation>
    </message>
    <message>
        <source>Prövotiden ska vara {0}–{1} månader.</source>
        <translation>The trial period must be {0}–{1} months.</translation>
    </message>
    <message>
        <source>Slutdatumet kan inte läsas.</source>
        <translation>The end date cannot be read.</translation>
    </message>
    <message>
        <source>Avtalet måste sluta efter tillträdesdagen.</source>
        <translation>The lease must end after the move-in date.</translation>
    </message>
    <message>
        <source>Ange månadshyran i hela kronor, större än 0.</source>
        <translation>Enter the monthly rent in whole kronor, greater than 0.</translation>
    </message>
    <message>
        <source>Välj ett andrahandskontrakt till Uppsala Kvinnojour eller ett bostadssocialt kontrakt.</source>
        <translation>Choose a sublease to Uppsala Kvinnojour or a social housing contract.</translation>
    </message>
    <message>
        <source>Tillträdesdagen kan inte ligga före avtalets startdatum {0}.</source>
        <translation>The move-in date cannot be before the start date of the lease, {0}.</translation>
    </message>
    <message>
        <source>Hyran i andra hand får inte vara högre än förstahandshyran ({0} kr).</source>
        <translation>The sublease rent must not be higher than the first-hand rent (SEK {0}).</translation>
    </message>
    <message>
        <source>Avtalet har redan upphört.</source>
        <translation>The lease has already ended.</translation>
    </message>
    <message>
        <source>Avtalet måste gälla minst till prövotidens slut ({0}), annars kan den gemensamma bedömningen inte göras.</source>
        <translation>The lease must run at least until the end of the trial period ({0}); otherwise the joint assessment cannot be made.</translation>
    </message>
    <message>
        <source>Hyresavtal som tas över</source>
        <translation>Lease being taken over</translation>
    </message>
    <message>
        <source>En annan hyresgäst på avtalet än klienten.</source>
        <translation>A tenant on the lease other than the client.</translation>
    </message>
    <message>
        <source>Hyresgäst som lämnar avtalet</source>
        <translation>Tenant leaving the lease</translation>
    </message>
    <message>
        <source>Övertagandet gäller från</source>
        <translation>The takeover takes effect from</translation>
    </message>
    <message>
        <source>T.ex. villkor om hyresskuld eller nycklar. Skriv inget om våldet.</source>
        <translation>E.g. conditions about rent arrears or keys. Do not write anything about the violence.</translation>
    </message>
    <message>
        <source>Villkor (valfritt)</source>
        <translation>Conditions (optional)</translation>
    </message>
    <message>
        <source>Övertagandet kan inte gälla före avtalets startdatum {0}.</source>
        <translation>The takeover cannot take effect before the start date of the lease, {0}.</translation>
    </message>
    <message>
        <source>Avtalet har redan upphört och kan inte tas över.</source>
        <translation>The lease has already ended and cannot be taken over.</translation>
    </message>
    <message>
        <source>Avtalet är uppsagt och upphör {0}; övertagandet måste gälla senast då.</source>
        <translation>The lease is under notice and ends {0}; the takeover must take effect by then at the latest.</translation>
    </message>
    <message>
        <source>Välj hyresgästen som lämnar avtalet.</source>
        <translation>Choose the tenant who is leaving the lease.</translation>
    </message>
    <message>
        <source>Klienten tar över avtalet och kan inte vara den som lämnar.</source>
        <translation>The client is taking over the lease and cannot be the one leaving.</translation>
    </message>
    <message>
        <source>Övertagandet kan ligga högst {0} månader fram i tiden (senast {1}).</source>
        <translation>The takeover can be at most {0} months ahead (by {1} at the latest).</translation>
    </message>
    <message>
        <source>Personen finns inte i ärendet.</source>
        <translation>The person is not in the case.</translation>
    </message>
    <message>
        <source>Personen står inte som hyresgäst på det valda avtalet.</source>
        <translation>The person is not a tenant on the chosen lease.</translation>
    </message>
    <message>
        <source>Hyresavtal som sägs upp</source>
        <translation>Lease being terminated</translation>
    </message>
    <message>
        <source>Dagen då uppsägningen lämnas till eller tas emot av hyresvärden.</source>
        <translation>The day the notice is handed to or received by the landlord.</translation>
    </message>
    <message>
        <source>Uppsägningsdatum</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <source>Status när historiken började</source>
        <translation>The status when the history began</translation>
    </message>
    <message>
        <source>Kontaktadress</source>
        <translation>Contact address</translation>
    </message>
    <message>
        <source>Ingen adress kan skrivas ut: personen har {0} och saknar både kontaktadress och personnummer för Skatteverkets postförmedling. Den verkliga adressen får aldrig skrivas ut.</source>
        <translation>No address can be printed: the person has {0} and has neither a contact address nor a personal identity number for the Swedish Tax Agency&apos;s mail forwarding service. The real address must never be printed.</translation>
    </message>
    <message>
        <source>Inget avtal med Uppsala Kvinnojour gäller på startdatumet {0}; registrera avtalet under Avtal.</source>
        <translation>No agreement with Uppsala Kvinnojour is in force on the start date {0}; register the agreement under Agreements.</translation>
    </message>
    <message>
        <source>Ange skälet till undantaget för att gå vidare.</source>
        <translation>Give the reason for the exception to go on.</translation>
    </message>
    <message>
        <source>En rad per sort: typ, märkning, låssystem, serienummer och antal. Förslaget kommer från lägenhetens nyckelregister; ändra raderna om du väljer en annan lägenhet eller person.</source>
        <translation>One row per sort: type, marking, lock system, series number and count. The suggestion comes from the flat&apos;s key registry; change the rows if you choose another flat or person.</translation>
    </message>
    <message>
        <source>Kontrollera legitimationen innan du lämnar ut eller tar emot nycklar. Numret sparas inte.</source>
        <translation>Check the identity document before you hand out or take back keys. Its number is not stored.</translation>
    </message>
    <message>
        <source>Kontrollerad legitimation</source>
        <translation>Identity document checked</translation>
    </message>
    <message>
        <source>Låset måste bytas innan nycklar lämnas ut ({0}). Registrera låsbytet som utfört under fliken Nycklar.</source>
        <translation>The lock must be changed before keys are handed out ({0}). Record the lock change as done in the Keys tab.</translation>
    </message>
    <message>
        <source>Ärendet har ingen klient som ombudet kan företräda.</source>
        <translation>The case has no client for the agent to represent.</translation>
    </message>
    <message>
        <source>Våldsutövaren kan ha nycklar till lägenheten: låset måste bytas innan nycklar lämnas ut. Beställ låsbyte och registrera det som utfört under fliken Nycklar.</source>
        <translation>The perpetrator may hold keys to the flat: the lock must be changed before keys are handed out. Order a lock change and record it as done in the Keys tab.</translation>
    </message>
    <message>
        <source>Avtalet är redan uppsagt med ett annat datum; använd det registrerade uppsägningsdatumet.</source>
        <translation>Notice has already been given on the lease with a different date; use the recorded notice date.</translation>
    </message>
    <message>
        <source>Uppsagt hyresavtal</source>
        <translation>Lease under notice</translation>
    </message>
    <message>
        <source>Bekräftelsen görs en gång per hyresgäst. Bara mottagarens egen adress skrivs ut, så att ingen ser en annan hyresgästs adress.</source>
        <translation>The confirmation is made once per tenant. Only the recipient&apos;s own address is printed, so that no one sees another tenant&apos;s address.</translation>
    </message>
    <message>
        <source>Välj vilken hyresgäst bekräftelsen ska till.</source>
        <translation>Choose which tenant the confirmation is for.</translation>
    </message>
    <message>
        <source>Mottagaren står inte på det valda avtalet.</source>
        <translation>The recipient is not on the chosen lease.</translation>
    </message>
    <message>
        <source>klient i ärendet (hyresgäst)</source>
        <translation>client in the case (tenant)</translation>
    </message>
    <message>
        <source>lägenheten som avtalet gäller</source>
        <translation>the flat the lease covers</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>klientens personnummer</source>
        <translation>the client&apos;s personal identity number</translation>
    </message>
    <message>
        <source>beviljat beslut om bostadssocialt kontrakt</source>
        <translation>a decision granting a social housing contract</translation>
    </message>
    <message>
        <source>{0} kan inte utfärdas av {1}.</source>
        <translation>{0} cannot be issued by {1}.</translation>
    </message>
    <message>
        <source>Tecken som inte kan skrivas ut på blanketten: {0}. Ta bort dem eller skriv texten på annat sätt.</source>
        <translation>Characters that cannot be printed on the form: {0}. Remove them or write the text another way.</translation>
    </message>
    <message>
        <source>{0}: tecken som inte kan skrivas ut på blanketten: {1}. Ändra uppgiften i ärendet och försök igen.</source>
        <translation>{0}: characters that cannot be printed on the form: {1}. Change this in the case and try again.</translation>
    </message>
    <message>
        <source>klient i ärendet</source>
        <translation>client in the case</translation>
    </message>
    <message>
        <source>beslut om förtur i ärendet</source>
        <translation>a priority decision in the case</translation>
    </message>
    <message>
        <source>beslutets utfall (bifall eller avslag)</source>
        <translation>the outcome of the decision (granted or refused)</translation>
    </message>
    <message>
        <source>beslutets giltighetstid</source>
        <translation>the decision&apos;s period of validity</translation>
    </message>
    <message>
        <source>fullmaktsgivare (klient)</source>
        <translation>principal (client)</translation>
    </message>
    <message>
        <source>ombud</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>fullmaktsgivarens personnummer</source>
        <translation>the principal&apos;s personal identity number</translation>
    </message>
    <message>
        <source>ombudets personnummer</source>
        <translation>the agent&apos;s personal identity number</translation>
    </message>
    <message>
        <source>hyresgäster på avtalet</source>
        <translation>tenants on the lease</translation>
    </message>
    <message>
        <source>handläggare</source>
        <translation>case handler</translation>
    </message>
    <message>
        <source>beviljat beslut (Kundvårdsgruppen eller hyresgästgodkännande)</source>
        <translation>a granted decision (customer care group decision or tenant approval)</translation>
    </message>
    <message>
        <source>klientens nuvarande hyresavtal</source>
        <translation>the client&apos;s current lease</translation>
    </message>
    <message>
        <source>handläggare på Nexus</source>
        <translation>case handler at Nexus</translation>
    </message>
    <message>
        <source>lägenheten som klienten hyr</source>
        <translation>the flat the client rents</translation>
    </message>
    <message>
        <source>lägenhetens låssystem</source>
        <translation>the flat&apos;s lock system</translation>
    </message>
    <message>
        <source>lägenhetens nyckelserie</source>
        <translation>the flat&apos;s key series</translation>
    </message>
    <message>
        <source>handläggare i ärendet</source>
        <translation>case handler for the case</translation>
    </message>
    <message>
        <source>hyresgäst som lämnar avtalet</source>
        <translation>tenant leaving the lease</translation>
    </message>
    <message>
        <source>personnummer för den som tar över avtalet</source>
        <translation>personal identity number of the person taking over the lease</translation>
    </message>
    <message>
        <source>personnummer för hyresgästen som lämnar</source>
        <translation>personal identity number of the departing tenant</translation>
    </message>
    <message>
        <source>beviljat beslut om övertagande (det senaste beslutet är ett avslag)</source>
        <translation>a decision granting the takeover (the latest decision is a refusal)</translation>
    </message>
    <message>
        <source>mottagare (klienten eller en person med skyddade personuppgifter)</source>
        <translation>recipient (the client or a person with protected personal data)</translation>
    </message>
    <message>
        <source>registrerat uppsägningsdatum för avtalet</source>
        <translation>the recorded notice date for the lease</translation>
    </message>
    <message>
        <source>mottagare på avtalet</source>
        <translation>a recipient on the lease</translation>
    </message>
    <message>
        <source>Databasfilen saknas: {0}</source>
        <translation>The database file is missing: {0}</translation>
    </message>
    <message>
        <source>Databasfilen {0} är skadad eller går inte att läsa ({1}).</source>
        <translation>The database file {0} is damaged or cannot be read ({1}).</translation>
    </message>
    <message>
        <source>Databasfilen {0} hör inte ihop med nyckelfilen, eller är inte en skyddsapp-databas.</source>
        <translation>The database file {0} does not belong with the key file, or is not a skyddsapp database.</translation>
    </message>
    <message>
        <source>Mappen {0} är inget valv (databas och nyckelfil saknas).</source>
        <translation>The folder {0} is not a vault (database and key file are missing).</translation>
    </message>
    <message>
        <source>Det finns redan ett valv i {0}; det skrivs aldrig över.</source>
        <translation>There is already a vault in {0}; it is never overwritten.</translation>
    </message>
    <message>
        <source>Valvet har schemaversion {0}, men programmet känner bara till {1}. Uppdatera skyddsapp.</source>
        <translation>The vault has schema version {0}, but the program only knows up to {1}. Update skyddsapp.</translation>
    </message>
    <message>
        <source>Uppgraderingen {0:03d} misslyckades ({1}); den rullades tillbaka och en säkerhetskopia från före uppgraderingen finns i {2}.</source>
        <translation>Upgrade {0:03d} failed ({1}); it was rolled back, and a backup from before the upgrade is in {2}.</translation>
    </message>
    <message>
        <source>Användaren {0!r} finns inte.</source>
        <translation>The user {0!r} does not exist.</translation>
    </message>
    <message>
        <source>Användaren {0!r} finns redan.</source>
        <translation>The user {0!r} already exists.</translation>
    </message>
    <message>
        <source>Den sista aktiva administratören kan inte inaktiveras.</source>
        <translation>The last active administrator cannot be deactivated.</translation>
    </message>
    <message>
        <source>Valvet i {0} är skadat och öppnas inte, så att inget blir värre. {1} Återställ valvet från den senaste säkerhetskopian, eller låt en administratör köra ”skyddsapp vault repair” för att godta förlusten.</source>
        <translation>The vault in {0} is damaged and is not opened, so that nothing gets worse. {1} Restore the vault from the latest backup, or have an administrator run “skyddsapp vault repair” to accept the loss.</translation>
    </message>
    <message>
        <source>Valvet i {0} är skrivskyddat: det går att läsa men inte ändra, och skyddade uppgifter kan inte visas eftersom visningen inte kan loggas.</source>
        <translation>The vault in {0} is read-only: it can be read but not changed, and protected data cannot be shown because showing it cannot be logged.</translation>
    </message>
    <message>
        <source>Disken där {0} ligger är full: inget sparades. Frigör utrymme på disken och försök igen.</source>
        <translation>The disk holding {0} is full: nothing was saved. Free some space on the disk and try again.</translation>
    </message>
    <message>
        <source>Filen {0} kunde inte läsas eller skrivas ({1}). Inget ändrades; kontrollera disken och försök igen.</source>
        <translation>The file {0} could not be read or written ({1}). Nothing was changed; check the disk and try again.</translation>
    </message>
    <message>
        <source>Valvet {0} används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>The vault {0} is in use by another program right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>Ändringen sparades, men filen {0} kunde inte uppdateras ({1}). Valvet kan inte längre se om den ändringen går förlorad; kontrollera disken och kör ”skyddsapp vault check”.</source>
        <translation>The change was saved, but the file {0} could not be updated ({1}). The vault can no longer tell if that change is lost; check the disk and run “skyddsapp vault check”.</translation>
    </message>
    <message>
        <source>Valvet i {0} är öppet i ett annat program eller fönster. Att inaktivera en användare ger valvet en ny nyckel, och det kräver att ingen annan har det öppet: lås valvet där och försök igen.</source>
        <translation>The vault in {0} is open in another program or window. Deactivating a user gives the vault a new key, which requires that no one else has it open: lock the vault there and try again.</translation>
    </message>
    <message>
        <source>Säkerhetskopian i {0} är skadad och används inte; inget har skrivits. {1}</source>
        <translation>The backup in {0} is damaged and is not used; nothing has been written. {1}</translation>
    </message>
    <message>
        <source>Mappen {0} finns redan; en återställning skrivs aldrig över något. Välj en annan mapp.</source>
        <translation>The folder {0} already exists; a restore never writes over anything. Choose another folder.</translation>
    </message>
    <message>
        <source>Säkerhetskopian i {0} är gjord av ett annat valv än det som är öppet.</source>
        <translation>The backup in {0} was made of another vault than the one that is open.</translation>
    </message>
    <message>
        <source>Saltet i början av databasfilen {0} (dess första 16 byte) är skadat; resten av filen hör till det här valvet.</source>
        <translation>The salt at the start of the database file {0} (its first 16 bytes) is damaged; the rest of the file belongs to this vault.</translation>
    </message>
    <message>
        <source>Databasfilen {0} har {1} skadade sidor (sidorna {2}).</source>
        <translation>The database file {0} has {1} damaged pages (pages {2}).</translation>
    </message>
    <message>
        <source>Databasfilen {0} har en skadad sida (sida {1}).</source>
        <translation>The database file {0} has a damaged page (page {1}).</translation>
    </message>
    <message>
        <source>Filen {0} är skadad och kan inte läsas.</source>
        <translation>The file {0} is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>Filen {0} är skadad (post {1} av 2).</source>
        <translation>The file {0} is damaged (record {1} of 2).</translation>
    </message>
    <message>
        <source>Databasfilen {0} saknar då {1} bekräftade ändringar jämfört med {2}.</source>
        <translation>The database file {0} then lacks {1} acknowledged changes compared with {2}.</translation>
    </message>
    <message>
        <source>Mappen för vittnesfilen, {0}, finns inte (är USB-nyckeln isatt?): kontrollen av om hela valvmappen har ersatts med en äldre kopia gjordes inte.</source>
        <translation>The folder for the witness file, {0}, does not exist (is the USB key inserted?): the check for an older copy of the whole vault folder was not made.</translation>
    </message>
    <message>
        <source>Vittnesfilen {0} fanns inte och skapas nu. Om den borde ha funnits kan hela valvmappen ha ersatts med en äldre kopia.</source>
        <translation>The witness file {0} did not exist and is created now. If it should have existed, the whole vault folder may have been replaced with an older copy.</translation>
    </message>
    <message>
        <source>Vittnesfilen {0} är skadad och kan inte läsas.</source>
        <translation>The witness file {0} is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>Valvet i {0} saknar {1} bekräftade ändringar jämfört med vittnesfilen {2}: hela valvmappen har ersatts med en äldre kopia.</source>
        <translation>The vault in {0} lacks {1} acknowledged changes compared with the witness file {2}: the whole vault folder has been replaced with an older copy.</translation>
    </message>
    <message>
        <source>Nyckelfilen {0}: {1}.</source>
        <translation>The key file {0}: {1}.</translation>
    </message>
    <message>
        <source>Nyckelfilen {0} är äldre än databasen (löpnummer {1}, databasen väntar {2}): en äldre kopia av nyckelfilen har lagts tillbaka, så gamla lösenfraser kan gälla igen.</source>
        <translation>The key file {0} is older than the database (serial {1}, the database expects {2}): an older copy of the key file has been put back, so old passphrases may work again.</translation>
    </message>
    <message>
        <source>Loggfilen {0} har ett skadat huvud: {1} sparade ändringar i den skulle gå förlorade om valvet öppnades.</source>
        <translation>The log file {0} has a damaged header: {1} saved changes in it would be lost if the vault were opened.</translation>
    </message>
    <message>
        <source>Loggfilen {0} är skadad vid ram {1}: {2} sparade ändringar efter den skulle gå förlorade om valvet öppnades.</source>
        <translation>The log file {0} is damaged at frame {1}: {2} saved changes after it would be lost if the vault were opened.</translation>
    </message>
    <message>
        <source>Valvet stängdes inte ordentligt och ligger på en skrivskyddad enhet: {0} sparade ändringar i loggfilen {1} kan inte läsas där. Kopiera hela valvmappen till en skrivbar disk och öppna den där.</source>
        <translation>The vault was not closed properly and is on a read-only medium: {0} saved changes in the log file {1} cannot be read there. Copy the whole vault folder to a writable disk and open it there.</translation>
    </message>
    <message>
        <source>SQLite hittade fel i {0}: {1}</source>
        <translation>SQLite found errors in {0}: {1}</translation>
    </message>
    <message>
        <source>Granskningsloggen är bruten vid post {0}: {1}</source>
        <translation>The audit log is broken at entry {0}: {1}</translation>
    </message>
    <message>
        <source>Databasfilen {0} är från före en uppgradering av programmet, men {1} finns: en äldre kopia av databasen har lagts tillbaka.</source>
        <translation>The database file {0} is from before an upgrade of the program, but {1} exists: an older copy of the database has been put back.</translation>
    </message>
    <message>
        <source>Filen {0} saknas. Den visar valvets senast bekräftade läge; utan den går det inte att se om databasen är den senaste.</source>
        <translation>The file {0} is missing. It records the vault&apos;s last acknowledged state; without it there is no telling whether the database is the latest.</translation>
    </message>
    <message>
        <source>Databasfilen {0} saknar {1} bekräftade ändringar (granskningsloggens poster {2}–{3}) jämfört med {4}: en äldre kopia av databasen har lagts tillbaka, eller så har dess loggfil skadats eller kortats av.</source>
        <translation>The database file {0} lacks {1} acknowledged changes (audit log entries {2}–{3}) compared with {4}: an older copy of the database has been put back, or its log file has been damaged or cut short.</translation>
    </message>
    <message>
        <source>Databasfilen {0} saknar {1} bekräftade ändringar jämfört med {2}: en äldre kopia av databasen har lagts tillbaka, eller så har dess loggfil skadats eller kortats av.</source>
        <translation>The database file {0} lacks {1} acknowledged changes compared with {2}: an older copy of the database has been put back, or its log file has been damaged or cut short.</translation>
    </message>
    <message>
        <source>Databasfilen {0} är inte den som {1} beskriver: granskningsloggens post {2} är en annan. Databasen har bytts ut mot en kopia från ett annat tillfälle.</source>
        <translation>The database file {0} is not the one {1} describes: audit log entry {2} is a different one. The database has been replaced with a copy from another moment.</translation>
    </message>
    <message>
        <source>Valvet i {0} är inte det som vittnesfilen {1} beskriver: granskningsloggens post {2} är en annan. Valvmappen har bytts ut mot en kopia från ett annat tillfälle.</source>
        <translation>The vault in {0} is not the one the witness file {1} describes: audit log entry {2} is a different one. The vault folder has been replaced with a copy from another moment.</translation>
    </message>
    <message>
        <source>Nyckelfilen {0} saknar sina kontrollsummor, fast databasen har sparat den med kontrollsummor (löpnummer {1}): en äldre eller ändrad nyckelfil har lagts tillbaka.</source>
        <translation>The key file {0} lacks its checksums, although the database saved it with checksums (serial {1}): an older or altered key file has been put back.</translation>
    </message>
    <message>
        <source>Nyckelfilen {0} är nyare än databasen (löpnummer {1}, databasen väntar {2}): databasen är en äldre kopia, eller nyckelfilen kommer från ett annat tillfälle.</source>
        <translation>The key file {0} is newer than the database (serial {1}, the database expects {2}): the database is an older copy, or the key file comes from another moment.</translation>
    </message>
    <message>
        <source>Databasfilen {0} är skadad på sin första sida; resten av filen hör till det här valvet.</source>
        <translation>The database file {0} is damaged on its first page; the rest of the file belongs to this vault.</translation>
    </message>
    <message>
        <source>Disken där {0} ligger är full, så valvet öppnades skrivskyddat: det går att läsa men inte ändra. Frigör utrymme på disken och lås upp igen.</source>
        <translation>The disk holding {0} is full, so the vault was opened read-only: it can be read but not changed. Free some space on the disk and unlock again.</translation>
    </message>
    <message>
        <source>Teamet {0} finns inte.</source>
        <translation>The team {0} does not exist.</translation>
    </message>
    <message>
        <source>Nyckelplatsen för {0} var skadad och togs bort; en administratör ger den användaren en ny lösenfras (skyddsapp vault passwd --for NAMN).</source>
        <translation>The key slot for {0} was damaged and has been removed; an administrator gives that user a new passphrase (skyddsapp vault passwd --for NAME).</translation>
    </message>
    <message>
        <source>Vittnesfilen {0} kunde inte skrivas ({1}).</source>
        <translation>The witness file {0} could not be written ({1}).</translation>
    </message>
    <message>
        <source>Det finns ingen aktiv användare som heter {0}.</source>
        <translation>There is no active user called {0}.</translation>
    </message>
    <message>
        <source>se användarkonton</source>
        <translation>view user accounts</translation>
    </message>
    <message>
        <source>lägga till användare</source>
        <translation>add users</translation>
    </message>
    <message>
        <source>se team</source>
        <translation>see teams</translation>
    </message>
    <message>
        <source>lägga till team</source>
        <translation>add teams</translation>
    </message>
    <message>
        <source>flytta användare mellan team</source>
        <translation>move users between teams</translation>
    </message>
    <message>
        <source>inaktivera användare</source>
        <translation>deactivate users</translation>
    </message>
    <message>
        <source>Användaren</source>
        <translation>The user</translation>
    </message>
    <message>
        <source>byta lösenfras åt någon annan</source>
        <translation>change the passphrase for someone else</translation>
    </message>
    <message>
        <source>höja nyckelparametrar med återställningsnyckeln</source>
        <translation>strengthen key parameters with the recovery key</translation>
    </message>
    <message>
        <source>Teamet {0} finns redan.</source>
        <translation>The team {0} already exists.</translation>
    </message>
    <message>
        <source>Teamet</source>
        <translation>The team</translation>
    </message>
    <message>
        <source>läsa granskningsloggen</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>En part i ärendet finns inte i valvet.</source>
        <translation>A party to the case is not in the vault.</translation>
    </message>
    <message>
        <source>En lägenhet finns inte i valvet.</source>
        <translation>A flat is not in the vault.</translation>
    </message>
    <message>
        <source>Ett hyresavtal finns inte i valvet.</source>
        <translation>A lease is not in the vault.</translation>
    </message>
    <message>
        <source>Ärendet</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Personen i ärendet</source>
        <translation>Person in the case</translation>
    </message>
    <message>
        <source>läsa ärenden</source>
        <translation>read cases</translation>
    </message>
    <message>
        <source>ändra ärenden</source>
        <translation>change cases</translation>
    </message>
    <message>
        <source>Antalet demoärenden måste vara mellan 0 och {0}.</source>
        <translation>The number of demo cases must be between 0 and {0}.</translation>
    </message>
    <message>
        <source>Mappen {0} innehåller ett valv som inte är ett demovalv. Det rörs inte; välj en annan mapp med --vault.</source>
        <translation>The folder {0} holds a vault that is not a demo vault. It is left alone; choose another folder with --vault.</translation>
    </message>
    <message>
        <source>Dokumentet</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Blanketten</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Skanningen av dokument</source>
        <translation>The scan of document</translation>
    </message>
    <message>
        <source>Spara inte dokument i valvets mapp: där ska bara det krypterade valvet ligga. Välj en annan mapp.</source>
        <translation>Do not save documents in the vault’s folder: only the encrypted vault belongs there. Choose another folder.</translation>
    </message>
    <message>
        <source>Ange ett filnamn.</source>
        <translation>Give a file name.</translation>
    </message>
    <message>
        <source>Det finns redan en mapp med det namnet.</source>
        <translation>There is already a folder with that name.</translation>
    </message>
    <message>
        <source>Mappen finns inte. Välj en befintlig mapp.</source>
        <translation>The folder does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas: {0}</source>
        <translation>The file could not be saved: {0}</translation>
    </message>
    <message>
        <source>Din roll får inte {0}.</source>
        <translation>Your role may not {0}.</translation>
    </message>
    <message>
        <source>Avtalet</source>
        <translation>The agreement</translation>
    </message>
    <message>
        <source>Förfrågan</source>
        <translation>The referral</translation>
    </message>
    <message>
        <source>Året ska vara mellan {0} och {1}.</source>
        <translation>The year must be between {0} and {1}.</translation>
    </message>
    <message>
        <source>{0} {1} finns inte.</source>
        <translation>{0} {1} does not exist.</translation>
    </message>
    <message>
        <source>Det hör till ett ärende som varken du eller ditt team handlägger.</source>
        <translation>It belongs to a case that neither you nor your team handles.</translation>
    </message>
    <message>
        <source>Ärendet {0} handläggs varken av dig eller ditt team. Behöver du öppna det, använd nödåtkomst och ange ett skäl; öppningen loggas och granskas.</source>
        <translation>Case {0} is handled neither by you nor by your team. If you need to open it, use emergency access and give a reason; the opening is logged and reviewed.</translation>
    </message>
    <message>
        <source>Version {0} av</source>
        <translation>Version {0} of</translation>
    </message>
    <message>
        <source>Skälet till undantaget</source>
        <translation>The reason for the exception</translation>
    </message>
    <message>
        <source>göra säkerhetskopior</source>
        <translation>make backups</translation>
    </message>
    <message>
        <source>kontrollera säkerhetskopior</source>
        <translation>check backups</translation>
    </message>
    <message>
        <source>se säkerhetskopior</source>
        <translation>see backups</translation>
    </message>
    <message>
        <source>Antalet säkerhetskopior att behålla måste vara minst 1.</source>
        <translation>The number of backups to keep must be at least 1.</translation>
    </message>
    <message>
        <source>Säkerhetskopian kan inte läggas i valvets egen mapp {0}: den ska finnas kvar om valvet går förlorat. Välj en annan disk eller ett USB-minne.</source>
        <translation>The backup cannot be placed in the vault&apos;s own folder {0}: it must survive if the vault is lost. Choose another disk or a USB drive.</translation>
    </message>
    <message>
        <source>återställa säkerhetskopior</source>
        <translation>restore backups</translation>
    </message>
    <message>
        <source>Lägenheten</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>En hyresgäst på avtalet finns inte i valvet.</source>
        <translation>A tenant on the lease is not in the vault.</translation>
    </message>
    <message>
        <source>Hyresavtalet</source>
        <translation>Lease</translation>
    </message>
    <message>
        <source>se valvets identitetskort</source>
        <translation>see the vault&apos;s identity card</translation>
    </message>
    <message>
        <source>skapa valvets identitet</source>
        <translation>create the vault&apos;s identity</translation>
    </message>
    <message>
        <source>lägga till ett annat valv</source>
        <translation>add another vault</translation>
    </message>
    <message>
        <source>se andra valv</source>
        <translation>see other vaults</translation>
    </message>
    <message>
        <source>Valvet har ingen identitet ännu. Skapa den först.</source>
        <translation>The vault has no identity yet. Create it first.</translation>
    </message>
    <message>
        <source>Valvet har redan en identitet.</source>
        <translation>The vault already has an identity.</translation>
    </message>
    <message>
        <source>Ett valv med någon av de här nycklarna finns redan.</source>
        <translation>A vault with one of these keys exists already.</translation>
    </message>
    <message>
        <source>Det här är valvets eget identitetskort.</source>
        <translation>This is the vault&apos;s own identity card.</translation>
    </message>
    <message>
        <source>Fingeravtrycket stämmer inte med kortet. Jämför det igen med det andra valvets administratör; lägg inte till kortet om det skiljer.</source>
        <translation>The fingerprint does not match the card. Compare it again with the other vault&apos;s administrator; do not add the card if it differs.</translation>
    </message>
    <message>
        <source>Beskrivningen</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>Ny nyckelserie</source>
        <translation>New key series</translation>
    </message>
    <message>
        <source>Nycklarna kan bara stå hos klienten eller en medhyresgäst i ärendet.</source>
        <translation>The keys can only be with the client or a co-tenant in the case.</translation>
    </message>
    <message>
        <source>Låsbytet</source>
        <translation>Lock change</translation>
    </message>
    <message>
        <source>Ange varför fullmakten återkallas.</source>
        <translation>Give the reason the power of attorney is revoked.</translation>
    </message>
    <message>
        <source>Fullmakten är redan återkallad.</source>
        <translation>The power of attorney is already revoked.</translation>
    </message>
    <message>
        <source>Fullmakten</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>Nyckeluppsättning registrerad för lägenhet {0}.</source>
        <translation>Key set registered for flat {0}.</translation>
    </message>
    <message>
        <source>Förlusten kan inte ha skett ett datum i framtiden.</source>
        <translation>The loss cannot have happened on a future date.</translation>
    </message>
    <message>
        <source>Förlorade nycklar anmälda för lägenhet {0}; låset måste bytas.</source>
        <translation>Lost keys reported for flat {0}; the lock must be changed.</translation>
    </message>
    <message>
        <source>Låsbyte krävs för lägenhet {0}: {1}</source>
        <translation>Lock change required for flat {0}: {1}</translation>
    </message>
    <message>
        <source>Ange den nya nyckelserien.</source>
        <translation>Give the new key series.</translation>
    </message>
    <message>
        <source>Låsbytet är redan registrerat som utfört.</source>
        <translation>The lock change is already recorded as done.</translation>
    </message>
    <message>
        <source>Ett låsbyte kan inte vara utfört i framtiden.</source>
        <translation>A lock change cannot be done in the future.</translation>
    </message>
    <message>
        <source>Den nya nyckelserien är densamma som den gamla.</source>
        <translation>The new key series is the same as the old one.</translation>
    </message>
    <message>
        <source>Låset bytt i lägenhet {0} {1}; ny nyckelserie {2}.</source>
        <translation>Lock changed in flat {0} on {1}; new key series {2}.</translation>
    </message>
    <message>
        <source>Fullmakt på papper registrerad, giltig till och med {0}.</source>
        <translation>Power of attorney on paper registered, valid until {0}.</translation>
    </message>
    <message>
        <source>Datumet kan inte ligga före dagen då låsbytet krävdes ({0}).</source>
        <translation>The date cannot be before the day the lock change was required ({0}).</translation>
    </message>
    <message>
        <source>Lägenheten är inte klientens gamla lägenhet i ärendet: bara en lägenhet som klienten lämnar i ett kundvårdsärende har ett utfall att registrera.</source>
        <translation>The flat is not the client&apos;s old flat in the case: only a flat the client leaves in a customer-care case has an outcome to record.</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Ange varför uppgiften behöver visas.</source>
        <translation>Enter why the information needs to be shown.</translation>
    </message>
</context>
</TS>
