#include "demo/DemoTenant.h"

#include "demo/DemoClock.h"
#include "demo/DemoRng.h"

#include <array>

namespace {

struct Person
{
    QString given;
    QString surname;
    QString latinGiven;
    QString latinSurname;
    bool russian;
};

// Russian surnames take a feminine ending; each entry is {masculine, feminine, latin masculine, latin feminine}.
struct RussianSurname
{
    const char *male;
    const char *female;
    const char *latinMale;
    const char *latinFemale;
};

const RussianSurname kRussianSurnames[] = {
    {"Иванов", "Иванова", "ivanov", "ivanova"},
    {"Смирнов", "Смирнова", "smirnov", "smirnova"},
    {"Кузнецов", "Кузнецова", "kuznetsov", "kuznetsova"},
    {"Попов", "Попова", "popov", "popova"},
    {"Соколов", "Соколова", "sokolov", "sokolova"},
    {"Лебедев", "Лебедева", "lebedev", "lebedeva"},
    {"Козлов", "Козлова", "kozlov", "kozlova"},
    {"Новиков", "Новикова", "novikov", "novikova"},
    {"Морозов", "Морозова", "morozov", "morozova"},
    {"Петров", "Петрова", "petrov", "petrova"},
    {"Волков", "Волкова", "volkov", "volkova"},
    {"Соловьёв", "Соловьёва", "solovyov", "solovyova"},
    {"Васильев", "Васильева", "vasilyev", "vasilyeva"},
    {"Зайцев", "Зайцева", "zaytsev", "zaytseva"},
    {"Павлов", "Павлова", "pavlov", "pavlova"},
    {"Семёнов", "Семёнова", "semyonov", "semyonova"},
    {"Голубев", "Голубева", "golubev", "golubeva"},
    {"Виноградов", "Виноградова", "vinogradov", "vinogradova"},
    {"Богданов", "Богданова", "bogdanov", "bogdanova"},
    {"Воробьёв", "Воробьёва", "vorobyov", "vorobyova"},
    {"Фёдоров", "Фёдорова", "fyodorov", "fyodorova"},
    {"Михайлов", "Михайлова", "mikhaylov", "mikhaylova"},
    {"Белов", "Белова", "belov", "belova"},
    {"Тарасов", "Тарасова", "tarasov", "tarasova"},
    {"Орлов", "Орлова", "orlov", "orlova"},
    {"Андреев", "Андреева", "andreyev", "andreyeva"},
};
const std::array<std::pair<const char *, const char *>, 16> kRussianMaleNames = {{
    {"Александр", "aleksandr"},
    {"Дмитрий", "dmitry"},
    {"Максим", "maksim"},
    {"Сергей", "sergey"},
    {"Андрей", "andrey"},
    {"Алексей", "aleksey"},
    {"Артём", "artyom"},
    {"Илья", "ilya"},
    {"Кирилл", "kirill"},
    {"Михаил", "mikhail"},
    {"Никита", "nikita"},
    {"Матвей", "matvey"},
    {"Роман", "roman"},
    {"Егор", "yegor"},
    {"Иван", "ivan"},
    {"Павел", "pavel"},
}};
const std::array<std::pair<const char *, const char *>, 16> kRussianFemaleNames = {{
    {"Анна", "anna"},
    {"Мария", "mariya"},
    {"Елена", "elena"},
    {"Ольга", "olga"},
    {"Наталья", "natalya"},
    {"Екатерина", "ekaterina"},
    {"Татьяна", "tatyana"},
    {"Ирина", "irina"},
    {"Светлана", "svetlana"},
    {"Юлия", "yuliya"},
    {"Дарья", "darya"},
    {"Ксения", "kseniya"},
    {"Алина", "alina"},
    {"Полина", "polina"},
    {"Виктория", "viktoriya"},
    {"Софья", "sofya"},
}};
const char *const kEnglishGivenNames[] = {
    "James",
    "Olivia",
    "Liam",
    "Emma",
    "Noah",
    "Amelia",
    "Oliver",
    "Sophia",
    "Elijah",
    "Isabella",
    "Lucas",
    "Mia",
    "Henry",
    "Charlotte",
    "Jack",
    "Grace",
    "Thomas",
    "Chloe",
    "Daniel",
    "Emily",
    "Samuel",
    "Hannah",
    "Adam",
    "Laura",
};
const char *const kEnglishSurnames[] = {
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Martin",
    "Jackson",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
    "Nelson",
    "Hill",
    "O'Brien",
    "Carter",
};

struct Office
{
    const char *code;
    const char *city;
    const char *country;
    const char *usageLocation;
    bool russian;
};
const Office kOffices[] = {
    {"MSK", "Москва", "Россия", "RU", true},
    {"SPB", "Санкт-Петербург", "Россия", "RU", true},
    {"EKB", "Екатеринбург", "Россия", "RU", true},
    {"LON", "London", "United Kingdom", "GB", false},
    {"BER", "Berlin", "Germany", "DE", false},
    {"NYC", "New York", "United States", "US", false},
};
const char *const kDepartments[]
    = {"Finance", "Sales", "Engineering", "Support", "Marketing", "Legal", "HR", "Logistics"};
const char *const kRussianJobTitles[] = {"Бухгалтер", "Менеджер по продажам", "Инженер", "Специалист поддержки",
    "Маркетолог", "Юрист", "HR-менеджер", "Логист"};
const char *const kEnglishJobTitles[] = {"Accountant", "Account Executive", "Software Engineer", "Support Specialist",
    "Marketing Manager", "Counsel", "HR Partner", "Logistics Coordinator"};

struct HardwareModel
{
    const char *manufacturer;
    const char *model;
    const char *family;
    int memoryGb;
    int storageGb;
};
const HardwareModel kWindowsModels[] = {
    {"Dell Inc.", "Latitude 5440", "Latitude", 16, 512},
    {"Dell Inc.", "Latitude 7440", "Latitude", 32, 512},
    {"LENOVO", "21HD0036RT", "ThinkPad T14 Gen 4", 16, 512},
    {"LENOVO", "21HM004CUS", "ThinkPad X1 Carbon Gen 11", 32, 1024},
    {"HP", "HP EliteBook 840 G10", "EliteBook", 16, 512},
    {"Microsoft Corporation", "Surface Laptop 5", "Surface", 16, 256},
    {"Microsoft Corporation", "Surface Pro 9", "Surface", 16, 256},
    {"Dell Inc.", "OptiPlex 7010", "OptiPlex", 16, 512},
};
const HardwareModel kIosModels[] = {
    {"Apple", "iPhone 13", "iPhone", 4, 128},
    {"Apple", "iPhone 14", "iPhone", 6, 128},
    {"Apple", "iPhone 15", "iPhone", 6, 256},
    {"Apple", "iPhone 15 Pro", "iPhone", 8, 256},
    {"Apple", "iPad Air (5th generation)", "iPad", 8, 64},
};
const HardwareModel kAndroidModels[] = {
    {"samsung", "SM-S911B", "Galaxy S23", 8, 256},
    {"samsung", "SM-A546B", "Galaxy A54 5G", 8, 128},
    {"Google", "Pixel 8", "Pixel", 8, 128},
    {"Xiaomi", "23049PCD8G", "Redmi Note 12", 6, 128},
};
const HardwareModel kMacModels[] = {
    {"Apple", "MacBook Pro (14-inch, 2023)", "MacBook Pro", 16, 512},
    {"Apple", "MacBook Air (13-inch, M2, 2022)", "MacBook Air", 8, 256},
    {"Apple", "MacBook Air (15-inch, M3, 2024)", "MacBook Air", 16, 512},
};
const char *const kWindowsVersions[]
    = {"10.0.22631.4460", "10.0.22631.4317", "10.0.26100.2314", "10.0.19045.5131", "10.0.22621.4387"};
const char *const kIosVersions[] = {"17.6.1", "17.7", "18.0.1", "18.1", "16.7.10"};
const char *const kAndroidVersions[] = {"13", "14", "14", "15"};
const char *const kAndroidPatchLevels[] = {"2024-08-01", "2024-09-01", "2024-10-01", "2024-11-01", "2023-12-01"};
const char *const kMacVersions[] = {"14.7.1", "15.1", "15.0.1", "13.7.1"};
const char *const kCarriers[] = {"MTS", "Beeline", "MegaFon", "Vodafone UK", "Telekom.de", "Verizon"};

constexpr auto kUpper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr auto kUpperDigits = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
constexpr int kDay = 24 * 3600;

Person makePerson(DemoRng &rng)
{
    if (rng.chance(0.45)) {
        const auto &surname = rng.pick(kRussianSurnames);
        if (rng.chance(0.5)) {
            const auto &given = rng.pick(kRussianMaleNames);
            return {QString::fromUtf8(given.first), QString::fromUtf8(surname.male), QLatin1String(given.second),
                QLatin1String(surname.latinMale), true};
        }
        const auto &given = rng.pick(kRussianFemaleNames);
        return {QString::fromUtf8(given.first), QString::fromUtf8(surname.female), QLatin1String(given.second),
            QLatin1String(surname.latinFemale), true};
    }
    const QString given = QLatin1String(rng.pick(kEnglishGivenNames));
    const QString surname = QLatin1String(rng.pick(kEnglishSurnames));
    QString latinSurname = surname.toLower();
    latinSurname.remove(QLatin1Char('\''));
    return {given, surname, given.toLower(), latinSurname, false};
}

QString weighted(DemoRng &rng, std::initializer_list<std::pair<const char *, int>> table)
{
    int total = 0;
    for (const auto &entry : table)
        total += entry.second;
    int roll = rng.below(total);
    for (const auto &entry : table) {
        if (roll < entry.second)
            return QLatin1String(entry.first);
        roll -= entry.second;
    }
    return QLatin1String(table.begin()->first);
}

QDateTime lastSyncFor(DemoRng &rng, const QDateTime &reference)
{
    const int roll = rng.below(100);
    if (roll < 70)
        return rng.before(reference, 7 * kDay);
    if (roll < 88)
        return rng.before(reference, 30 * kDay).addSecs(-7 * kDay);
    return rng.before(reference, 328 * kDay).addSecs(-37 * kDay);
}

// Windows: a laptop or desktop named after its office (or left with its setup name), mostly Entra joined.
const HardwareModel *describeWindowsDevice(DemoDevice &d, DemoRng &rng, int number)
{
    const HardwareModel *hw = &rng.pick(kWindowsModels);
    d.operatingSystem = QStringLiteral("Windows");
    d.osVersion = QLatin1String(rng.pick(kWindowsVersions));
    const QString maker = QLatin1String(hw->manufacturer);
    if (maker.startsWith(QLatin1String("Dell")))
        d.serialNumber = rng.chars(kUpperDigits, 7);
    else if (maker == QLatin1String("LENOVO"))
        d.serialNumber = QLatin1String("PF") + rng.chars(kUpperDigits, 6);
    else if (maker == QLatin1String("HP"))
        d.serialNumber = QLatin1String("5CG") + rng.digits(4) + rng.chars(kUpperDigits, 3);
    else
        d.serialNumber = rng.digits(12);
    const bool desktop = QLatin1String(hw->model).contains(QLatin1String("OptiPlex"));
    d.deviceName = rng.chance(0.15)
        ? QLatin1String("DESKTOP-") + rng.chars(kUpperDigits, 7)
        : QStringLiteral("%1-%2-%3")
              .arg(QLatin1String(kOffices[rng.below(6)].code), desktop ? QStringLiteral("WS") : QStringLiteral("LT"))
              .arg(number, 5, 10, QLatin1Char('0'));
    d.enrollmentType = weighted(rng,
        {{"windowsAzureADJoin", 55}, {"windowsAutoEnrollment", 25}, {"windowsCoManagement", 15},
            {"windowsBulkUserless", 5}});
    d.managementAgent = d.enrollmentType == QLatin1String("windowsCoManagement")
        ? QStringLiteral("configurationManagerClientMdm")
        : QStringLiteral("mdm");
    d.ownerType = rng.chance(0.95) ? QStringLiteral("company") : QStringLiteral("personal");
    d.isEncrypted = rng.chance(0.9);
    d.ethernetMacAddress = desktop ? rng.mac() : QString();
    d.enrollmentProfileName = rng.chance(0.8) ? QStringLiteral("Autopilot - User Driven") : QString();
    return hw;
}

// iPhone or iPad, named after its user.
const HardwareModel *describeAppleMobileDevice(DemoDevice &d, DemoRng &rng, const QString &firstName)
{
    const HardwareModel *hw = &rng.pick(kIosModels);
    const bool ipad = QLatin1String(hw->family) == QLatin1String("iPad");
    d.operatingSystem = ipad ? QStringLiteral("iPadOS") : QStringLiteral("iOS");
    d.osVersion = QLatin1String(rng.pick(kIosVersions));
    d.serialNumber = rng.chars(kUpperDigits, 10);
    d.deviceName = firstName.isEmpty() ? QLatin1String(hw->family) + QLatin1Char('-') + rng.digits(4)
                                       : QStringLiteral("%1 (%2)").arg(QLatin1String(hw->family), firstName);
    d.enrollmentType = weighted(rng, {{"appleBulkWithUser", 60}, {"userEnrollment", 25}, {"appleUserEnrollment", 15}});
    d.managementAgent = QStringLiteral("mdm");
    d.ownerType = rng.chance(0.65) ? QStringLiteral("company") : QStringLiteral("personal");
    d.isSupervised = d.enrollmentType == QLatin1String("appleBulkWithUser");
    d.isEncrypted = true;
    if (!ipad) {
        d.imei = QStringLiteral("35") + rng.digits(13);
        d.phoneNumber = QStringLiteral("+7 9") + rng.digits(9);
        d.subscriberCarrier = QLatin1String(rng.pick(kCarriers));
    }
    return hw;
}

// An Android phone, named after its user.
const HardwareModel *describeAndroidDevice(DemoDevice &d, DemoRng &rng, const QString &firstName)
{
    const HardwareModel *hw = &rng.pick(kAndroidModels);
    d.operatingSystem = QStringLiteral("Android");
    d.osVersion = QLatin1String(rng.pick(kAndroidVersions));
    d.androidSecurityPatchLevel = QLatin1String(rng.pick(kAndroidPatchLevels));
    d.serialNumber = QLatin1Char('R') + rng.chars(kUpperDigits, 10);
    d.deviceName = firstName.isEmpty() ? QLatin1String(hw->family) + QLatin1Char('-') + rng.digits(4)
                                       : QStringLiteral("%1_%2").arg(firstName, QLatin1String(hw->family));
    d.enrollmentType = QStringLiteral("userEnrollment");
    d.managementAgent = QStringLiteral("mdm");
    d.ownerType = rng.chance(0.6) ? QStringLiteral("company") : QStringLiteral("personal");
    d.isEncrypted = true;
    d.imei = QStringLiteral("35") + rng.digits(13);
    d.phoneNumber = QStringLiteral("+7 9") + rng.digits(9);
    d.subscriberCarrier = QLatin1String(rng.pick(kCarriers));
    return hw;
}

// A Mac, always company-owned and supervised.
const HardwareModel *describeMac(DemoDevice &d, DemoRng &rng)
{
    const HardwareModel *hw = &rng.pick(kMacModels);
    d.operatingSystem = QStringLiteral("macOS");
    d.osVersion = QLatin1String(rng.pick(kMacVersions));
    d.serialNumber = rng.chars(kUpper, 2) + rng.chars(kUpperDigits, 8);
    d.deviceName = QStringLiteral("MAC-%1").arg(rng.chars(kUpperDigits, 6));
    d.enrollmentType = weighted(rng, {{"appleBulkWithUser", 70}, {"userEnrollment", 30}});
    d.managementAgent = QStringLiteral("mdm");
    d.ownerType = QStringLiteral("company");
    d.isSupervised = true;
    d.isEncrypted = rng.chance(0.95);
    return hw;
}

// An Autopilot identity: of a Windows device Intune manages, or (device == nullptr) of hardware never enrolled.
DemoAutopilotIdentity makeIdentity(
    DemoRng &rng, const DemoDevice *device, const HardwareModel *hw, const QDateTime &now)
{
    DemoAutopilotIdentity identity;
    identity.id = rng.guid();
    identity.groupTag = weighted(rng, {{"", 40}, {"Office", 30}, {"Sales", 15}, {"Kiosk", 5}, {"Engineering", 10}});
    identity.purchaseOrderIdentifier = QStringLiteral("PO-%1").arg(rng.digits(6));
    identity.profileAssignedDateTime = rng.before(now, 2 * 365 * kDay).addSecs(-60 * kDay);
    if (device) {
        identity.serialNumber = device->serialNumber;
        identity.manufacturer = device->manufacturer;
        identity.model = device->model;
        identity.managedDeviceId = device->id;
        identity.azureActiveDirectoryDeviceId = device->azureADDeviceId;
        identity.enrollmentState = QStringLiteral("enrolled");
        identity.lastContactedDateTime = device->lastSyncDateTime;
        identity.displayName = device->deviceName;
        if (rng.chance(0.7)) {
            identity.userPrincipalName = device->userPrincipalName;
            identity.addressableUserName = device->userDisplayName;
        }
    } else {
        identity.serialNumber = rng.chars(kUpperDigits, 7);
        identity.manufacturer = QLatin1String(hw->manufacturer);
        identity.model = QLatin1String(hw->model);
        identity.azureActiveDirectoryDeviceId = rng.guid();
        identity.enrollmentState = weighted(rng, {{"notContacted", 80}, {"failed", 10}, {"pendingReset", 10}});
        identity.lastContactedDateTime = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    }
    identity.systemFamily = QLatin1String(hw ? hw->family : "");
    return identity;
}

} // namespace

DemoTenant::DemoTenant(const DemoTenantOptions &options)
    : m_options(options)
{
    if (!m_options.reference.isValid())
        m_options.reference = QDateTime(DemoClock::nowUtc().date(), QTime(0, 0), Qt::UTC);
    m_options.devices = qMax(0, m_options.devices);
    m_options.users = qMax(1, m_options.users);
    m_options.partners = qBound(0, m_options.partners, DemoTenantOptions::MaxPartners);
    generate();
    addAccounts();
}

DemoTenant::~DemoTenant() = default;

void DemoTenant::generate()
{
    DemoRng rng(m_options.seed);
    generateUsers(rng);
    generateDevices(rng);
    generateIdentities(rng);
    generatePartners(rng);
    generateEntraDevices();
    generateRecoveryInformation();
}

// People in Russian and English offices, with unique user principal names.
void DemoTenant::generateUsers(DemoRng &rng)
{
    const QDateTime now = m_options.reference;
    const QString domain = QLatin1String(TenantDomain);
    QHash<QString, int> upnUse;
    m_users.reserve(m_options.users);
    for (int i = 0; i < m_options.users; ++i) {
        const Person person = makePerson(rng);
        const Office &office = person.russian ? kOffices[rng.below(3)] : kOffices[3 + rng.below(3)];
        DemoUser user;
        user.id = rng.guid();
        user.givenName = person.given;
        user.surname = person.surname;
        user.displayName = person.russian ? person.surname + QLatin1Char(' ') + person.given
                                          : person.given + QLatin1Char(' ') + person.surname;
        QString local = person.latinGiven + QLatin1Char('.') + person.latinSurname;
        const int used = upnUse[local]++;
        if (used > 0)
            local += QString::number(used + 1);
        user.userPrincipalName = local + QLatin1Char('@') + domain;
        user.mail = user.userPrincipalName;
        const int department = rng.below(int(std::size(kDepartments)));
        user.department = QLatin1String(kDepartments[department]);
        user.jobTitle = person.russian ? QString::fromUtf8(kRussianJobTitles[department])
                                       : QLatin1String(kEnglishJobTitles[department]);
        user.officeLocation = QLatin1String(office.code) + QLatin1Char('-') + QString::number(1 + rng.below(9));
        user.city = QString::fromUtf8(office.city);
        user.country = QString::fromUtf8(office.country);
        user.usageLocation = QLatin1String(office.usageLocation);
        user.preferredLanguage = person.russian ? QStringLiteral("ru-RU") : QStringLiteral("en-US");
        user.mobilePhone = person.russian
            ? QStringLiteral("+7 9%1 %2-%3-%4").arg(rng.digits(2), rng.digits(3), rng.digits(2), rng.digits(2))
            : QStringLiteral("+44 7%1 %2").arg(rng.digits(3), rng.digits(6));
        user.employeeId = QString::number(100000 + i);
        user.accountEnabled = !rng.chance(0.08);
        user.createdDateTime = rng.before(now, 5 * 365 * kDay).addSecs(-30 * kDay);
        m_users.append(user);
        m_userById.insert(user.id.toLower(), i);
        m_userByUpn.insert(user.userPrincipalName.toLower(), i);
    }
}

void DemoTenant::generateDevices(DemoRng &rng)
{
    const QDateTime now = m_options.reference;
    // A few devices were enrolled twice: a stale record with the same serial number stays behind. They are part of
    // the requested count, so --devices N gives exactly N managed devices.
    const int duplicateDevices = m_options.devices / 400;
    m_devices.reserve(m_options.devices);
    for (int i = 0; i < m_options.devices - duplicateDevices; ++i) {
        DemoDevice d;
        d.id = rng.guid();
        d.azureADDeviceId = rng.guid();
        const int platform = rng.below(100);
        const bool kiosk = rng.chance(0.04);
        const int ownerIndex = kiosk ? -1 : rng.below(int(m_users.size()));
        const DemoUser *user = ownerIndex >= 0 ? &m_users[ownerIndex] : nullptr;
        const QString firstName = user ? user->givenName : QString();
        const HardwareModel *hw = platform < 60 ? describeWindowsDevice(d, rng, i + 1)
            : platform < 75                     ? describeAppleMobileDevice(d, rng, firstName)
            : platform < 90                     ? describeAndroidDevice(d, rng, firstName)
                                                : describeMac(d, rng);
        d.manufacturer = QLatin1String(hw->manufacturer);
        d.model = QLatin1String(hw->model);
        d.physicalMemoryBytes = qint64(hw->memoryGb) << 30;
        d.totalStorageBytes = qint64(hw->storageGb) * 1000 * 1000 * 1000;
        d.freeStorageBytes = d.totalStorageBytes * (5 + rng.below(80)) / 100;
        d.wiFiMacAddress = rng.mac();
        if (user) {
            d.userId = user->id;
            d.userPrincipalName = user->userPrincipalName;
            d.userDisplayName = user->displayName;
            d.emailAddress = user->mail;
            m_users[ownerIndex].deviceIndexes.append(i);
        }
        d.complianceState = weighted(rng,
            {{"compliant", 75}, {"noncompliant", 12}, {"inGracePeriod", 5}, {"unknown", 4}, {"error", 2},
                {"conflict", 2}});
        d.managementState = weighted(
            rng, {{"managed", 960}, {"unhealthy", 20}, {"retirePending", 8}, {"wipePending", 6}, {"retireFailed", 6}});
        d.registrationState = QStringLiteral("registered");
        d.azureADRegistered = true;
        d.enrolledDateTime = rng.before(now, 3 * 365 * kDay).addSecs(-30 * kDay);
        d.lastSyncDateTime = qMax(lastSyncFor(rng, now), d.enrolledDateTime);
        d.deviceCategoryDisplayName = rng.chance(0.3) ? QStringLiteral("Unknown Category") : QString();
        m_devices.append(d);
    }

    addReEnrolledDevices(rng, duplicateDevices);
    for (int i = 0; i < m_devices.size(); ++i)
        m_deviceById.insert(m_devices[i].id.toLower(), i);
}

// A device enrolled again leaves its stale record behind: same serial number and user, older, non-compliant.
void DemoTenant::addReEnrolledDevices(DemoRng &rng, int count)
{
    for (int k = 0; k < count && !m_devices.isEmpty(); ++k) {
        DemoDevice copy = m_devices[rng.below(int(m_devices.size()))];
        copy.id = rng.guid();
        copy.azureADDeviceId = rng.guid();
        copy.lastSyncDateTime = copy.enrolledDateTime.addSecs(rng.below(20 * kDay));
        copy.enrolledDateTime = copy.enrolledDateTime.addSecs(-90 * kDay);
        copy.complianceState = QStringLiteral("noncompliant");
        const int index = int(m_devices.size());
        m_devices.append(copy);
        if (const int owner = userIndex(copy.userId); owner >= 0)
            m_users[owner].deviceIndexes.append(index);
    }
}

// Autopilot identities for most Windows devices, some never enrolled (orphans), some uploaded twice.
void DemoTenant::generateIdentities(DemoRng &rng)
{
    const QDateTime now = m_options.reference;

    for (int i = 0; i < m_devices.size(); ++i) {
        DemoDevice &device = m_devices[i];
        if (device.operatingSystem != QLatin1String("Windows") || !rng.chance(0.85))
            continue;
        const HardwareModel *hw = nullptr;
        for (const auto &candidate : kWindowsModels) {
            if (device.model == QLatin1String(candidate.model))
                hw = &candidate;
        }
        device.autopilotEnrolled = true;
        m_identities.append(makeIdentity(rng, &device, hw, now));
    }
    const int windowsCount = int(m_identities.size());
    const int orphans = qMax(windowsCount / 30, m_options.devices > 0 ? 3 : 0);
    for (int k = 0; k < orphans; ++k)
        m_identities.append(makeIdentity(rng, nullptr, &rng.pick(kWindowsModels), now));
    // Hardware hashes uploaded twice (an OEM and a reseller both registered the device): same serial, two identities.
    const int duplicateIdentities = qMax(windowsCount / 200, windowsCount > 0 ? 2 : 0);
    for (int k = 0; k < duplicateIdentities && windowsCount > 0; ++k) {
        DemoAutopilotIdentity copy = m_identities[rng.below(windowsCount)];
        copy.id = rng.guid();
        copy.managedDeviceId.clear();
        copy.azureActiveDirectoryDeviceId = rng.guid();
        copy.userPrincipalName.clear();
        copy.addressableUserName.clear();
        copy.enrollmentState = QStringLiteral("notContacted");
        copy.lastContactedDateTime = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
        copy.groupTag = QStringLiteral("Reseller");
        m_identities.append(copy);
    }
    for (int i = 0; i < m_identities.size(); ++i)
        m_identityById.insert(m_identities[i].id.toLower(), i);
}

// The Entra device objects behind them: one per managed device and per Autopilot identity (linked by deviceId, which a
// managed device calls azureADDeviceId and an identity azureActiveDirectoryDeviceId), an Autopilot-registered one
// carrying its "[ZTDID]" physical id. Some devices only Entra ID knows (registered, never enrolled), some stale
// objects share a name with a newer one, some are hybrid joined (synced from on-premises AD). Its own random stream,
// so that the other collections stay as they were before Entra devices existed.
void DemoTenant::generateEntraDevices()
{
    DemoRng rng(m_options.seed ^ 0x0e47a0de);
    const QDateTime now = m_options.reference;
    QHash<QString, int> byDeviceId;
    auto add = [&](DemoEntraDevice device) {
        device.id = rng.guid();
        byDeviceId.insert(device.deviceId.toLower(), int(m_entraDevices.size()));
        m_entraDevices.append(device);
    };
    for (const DemoDevice &d : std::as_const(m_devices)) {
        DemoEntraDevice e;
        e.deviceId = d.azureADDeviceId;
        e.displayName = d.deviceName;
        e.operatingSystem = d.operatingSystem;
        e.operatingSystemVersion = d.osVersion;
        e.manufacturer = d.manufacturer;
        e.model = d.model;
        const bool windows = d.operatingSystem == QLatin1String("Windows");
        e.onPremisesSyncEnabled = windows && rng.chance(0.12);
        e.trustType = e.onPremisesSyncEnabled                    ? QStringLiteral("ServerAd")
            : windows || d.ownerType == QLatin1String("company") ? QStringLiteral("AzureAd")
                                                                 : QStringLiteral("Workplace");
        if (e.onPremisesSyncEnabled)
            e.onPremisesLastSyncDateTime = rng.before(now, kDay);
        e.deviceOwnership
            = d.ownerType == QLatin1String("personal") ? QStringLiteral("Personal") : QStringLiteral("Company");
        e.profileType = QStringLiteral("RegisteredDevice");
        e.isManaged = true;
        e.isCompliant = d.complianceState == QLatin1String("compliant");
        e.registrationDateTime = d.enrolledDateTime;
        e.approximateLastSignInDateTime = d.lastSyncDateTime;
        add(e);
    }
    for (const DemoAutopilotIdentity &identity : std::as_const(m_identities)) {
        const QString ztdid = QStringLiteral("[ZTDID]:") + identity.id;
        if (const int known = byDeviceId.value(identity.azureActiveDirectoryDeviceId.toLower(), -1); known >= 0) {
            m_entraDevices[known].physicalIds.append(ztdid);
            continue;
        }
        // Registering hardware in Autopilot creates its Entra object, named after the serial number until it joins.
        DemoEntraDevice e;
        e.deviceId = identity.azureActiveDirectoryDeviceId;
        e.displayName = identity.serialNumber;
        e.operatingSystem = QStringLiteral("Windows");
        e.manufacturer = identity.manufacturer;
        e.model = identity.model;
        e.trustType = QStringLiteral("AzureAd");
        e.deviceOwnership = QStringLiteral("Company");
        e.profileType = QStringLiteral("RegisteredDevice");
        e.physicalIds = {ztdid};
        e.registrationDateTime = identity.profileAssignedDateTime;
        add(e);
    }
    // Registered only (a personal phone that signed in to Outlook), and stale objects of re-imaged laptops that kept
    // their name: the same displayName twice, one of them long inactive.
    const int extras = qMax(3, int(m_devices.size()) / 50);
    for (int k = 0; k < extras && !m_devices.isEmpty(); ++k) {
        const DemoDevice &model = m_devices[rng.below(int(m_devices.size()))];
        DemoEntraDevice e;
        e.deviceId = rng.guid();
        e.displayName = k % 2 == 0 ? model.deviceName : QStringLiteral("iPhone (%1)").arg(rng.digits(4));
        e.operatingSystem = k % 2 == 0 ? model.operatingSystem : QStringLiteral("iOS");
        e.operatingSystemVersion = k % 2 == 0 ? model.osVersion : QStringLiteral("17.6.1");
        e.trustType = k % 2 == 0 ? QStringLiteral("AzureAd") : QStringLiteral("Workplace");
        e.deviceOwnership = k % 2 == 0 ? QStringLiteral("Company") : QStringLiteral("Personal");
        e.profileType = QStringLiteral("RegisteredDevice");
        e.registrationDateTime = rng.before(now, 3 * 365 * kDay).addSecs(-200 * kDay);
        e.approximateLastSignInDateTime = e.registrationDateTime.addSecs(rng.below(90 * kDay));
        add(e);
    }
    for (int i = 0; i < m_entraDevices.size(); ++i)
        m_entraById.insert(m_entraDevices[i].id.toLower(), i);
}

// The remote assistance vendors Intune offers, in each onboarding state.
void DemoTenant::generatePartners(DemoRng &rng)
{
    const QDateTime now = m_options.reference;
    const struct
    {
        const char *name;
        const char *url;
        const char *status;
    } partners[] = {
        {"TeamViewer", "https://www.teamviewer.com/link/intune/onboarding", "onboarded"},
        {"BeyondTrust Remote Support", "https://remotesupport.example.invalid/onboard", "onboarding"},
        {"Microsoft Remote Help", "", "onboarded"},
        {"RealVNC Connect", "https://onboard.realvnc.example.invalid", "notOnboarded"},
        {"AnyDesk", "https://my.anydesk.example.invalid/intune", "onboarded"},
    };
    const int vendors = int(std::size(partners));
    for (int i = 0; i < m_options.partners; ++i) {
        DemoPartner partner;
        partner.id = rng.guid();
        const auto &vendor = partners[i % vendors];
        // Past the five vendors (large test runs only), each vendor again as another connection.
        partner.displayName = i < vendors
            ? QLatin1String(vendor.name)
            : QStringLiteral("%1 (%2)").arg(QLatin1String(vendor.name)).arg(i / vendors + 1);
        partner.onboardingUrl = QLatin1String(vendor.url);
        partner.onboardingStatus = QLatin1String(vendor.status);
        partner.lastConnectionDateTime = partner.onboardingStatus == QLatin1String("notOnboarded")
            ? QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC)
            : rng.before(now, 2 * kDay);
        m_partners.append(partner);
        m_partnerById.insert(partner.id.toLower(), i);
    }
}

void DemoTenant::addAccounts()
{
    const QString domain = QLatin1String(TenantDomain);
    const QStringList adminPermissions = {
        QStringLiteral("User.Read"),
        QStringLiteral("User.Read.All"),
        QStringLiteral("DeviceManagementManagedDevices.Read.All"),
        QStringLiteral("DeviceManagementManagedDevices.ReadWrite.All"),
        QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All"),
        QStringLiteral("DeviceManagementServiceConfig.Read.All"),
        QStringLiteral("DeviceManagementServiceConfig.ReadWrite.All"),
        QStringLiteral("DeviceManagementConfiguration.ReadWrite.All"),
        QStringLiteral("Device.Read.All"),
        QStringLiteral("Directory.AccessAsUser.All"),
        // Recovery information read before an offboarding deletes anything (BitLocker, Windows LAPS).
        QStringLiteral("BitLockerKey.Read.All"),
        QStringLiteral("DeviceLocalCredential.Read.All"),
    };
    const QStringList readOnlyPermissions = {
        QStringLiteral("User.Read"),
        QStringLiteral("User.Read.All"),
        QStringLiteral("Device.Read.All"),
        QStringLiteral("DeviceManagementManagedDevices.Read.All"),
        QStringLiteral("DeviceManagementServiceConfig.Read.All"),
    };
    struct AccountSeed
    {
        const char *upn;
        const char *password;
        const char *role;
        const char *given;
        const char *surname;
        QStringList permissions;
        QStringList directoryRoles;
    };
    // Deleting or disabling an Entra device also takes one of these Entra roles (Graph: "Delete device").
    const AccountSeed seeds[] = {
        {"helpdesk.admin", "Demo-Admin-2026!", "helpdeskAdmin", "Helpdesk", "Admin", adminPermissions,
            {QStringLiteral("Cloud Device Administrator")}},
        {"readonly.operator", "Demo-Read-2026!", "readOnlyOperator", "Read-only", "Operator", readOnlyPermissions, {}},
    };
    m_consentedScopes = m_options.consent == DemoTenantOptions::Consent::Full ? adminPermissions : readOnlyPermissions;
    DemoRng rng(m_options.seed ^ 0x5eed0acc);
    for (const auto &seed : seeds) {
        DemoUser user;
        user.id = rng.guid();
        user.givenName = QLatin1String(seed.given);
        user.surname = QLatin1String(seed.surname);
        user.displayName = user.givenName + QLatin1Char(' ') + user.surname;
        user.userPrincipalName = QLatin1String(seed.upn) + QLatin1Char('@') + domain;
        user.mail = user.userPrincipalName;
        user.department = QStringLiteral("IT");
        user.jobTitle = QStringLiteral("Service Desk");
        user.city = QStringLiteral("Москва");
        user.country = QStringLiteral("Россия");
        user.usageLocation = QStringLiteral("RU");
        user.preferredLanguage = QStringLiteral("ru-RU");
        user.createdDateTime = m_options.reference.addDays(-400);
        m_userById.insert(user.id.toLower(), int(m_users.size()));
        m_userByUpn.insert(user.userPrincipalName.toLower(), int(m_users.size()));
        m_users.append(user);
        m_accounts.append({user.userPrincipalName, QLatin1String(seed.password), QLatin1String(seed.role),
            user.displayName, user.id, seed.permissions, seed.directoryRoles});
    }
    m_appClient.clientId = QStringLiteral("b7c1a2e4-0ffb-4d6a-9a0e-0ffb0a2d0a99");
    m_appClient.clientSecret = QStringLiteral("demo~Offboard.AppSecret-2026");
    m_appClient.displayName = QStringLiteral("Offboard automation (demo)");
    m_appClient.roles = {
        QStringLiteral("DeviceManagementManagedDevices.Read.All"),
        QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All"),
        QStringLiteral("DeviceManagementServiceConfig.Read.All"),
        QStringLiteral("User.Read.All"),
        QStringLiteral("Device.Read.All"),
    };
}

const DemoAccount *DemoTenant::account(const QString &userPrincipalName) const
{
    for (const auto &account : m_accounts) {
        if (account.userPrincipalName.compare(userPrincipalName, Qt::CaseInsensitive) == 0)
            return &account;
    }
    return nullptr;
}

const QVector<DemoDevice> &DemoTenant::devices()
{
    finishDueRetirements();
    return m_devices;
}

int DemoTenant::deviceIndex(const QString &id)
{
    finishDueRetirements();
    const int index = m_deviceById.value(id.toLower(), -1);
    return index >= 0 && !m_devices[index].removed ? index : -1;
}

int DemoTenant::userIndex(const QString &idOrUpn) const
{
    const QString key = idOrUpn.toLower();
    const int byId = m_userById.value(key, -1);
    return byId >= 0 ? byId : m_userByUpn.value(key, -1);
}

void DemoTenant::retireDevice(int index, const QDateTime &now)
{
    DemoDevice &device = m_devices[index];
    device.managementState = QStringLiteral("retirePending");
    if (!device.retireRequestedAt.isValid())
        m_pendingRetirements.append(index);
    device.retireRequestedAt = now;
    ++m_generation;
}

void DemoTenant::checkInDevices(const QDateTime &now)
{
    if (m_options.checkInsPerPage <= 0 || m_devices.isEmpty())
        return;
    if (!m_checkInRng)
        m_checkInRng = std::make_unique<DemoRng>(m_options.seed ^ 0x5eedc0deu);
    for (int i = 0; i < m_options.checkInsPerPage; ++i) {
        DemoDevice &device = m_devices[m_checkInRng->below(int(m_devices.size()))];
        if (device.removed)
            continue;
        device.lastSyncDateTime = now;
        ++m_checkIns;
    }
    ++m_generation;
}

void DemoTenant::removeAllDevicesOfUser(int userIndex, const QDateTime &now)
{
    for (const int index : m_users[userIndex].deviceIndexes) {
        if (!m_devices[index].removed)
            retireDevice(index, now);
    }
}

void DemoTenant::disconnectPartner(int index)
{
    m_partners[index].onboardingStatus = QStringLiteral("notOnboarded");
    ++m_generation;
}

void DemoTenant::unassignUserFromIdentity(int index)
{
    m_identities[index].userPrincipalName.clear();
    m_identities[index].addressableUserName.clear();
    ++m_generation;
}

const QVector<DemoAutopilotIdentity> &DemoTenant::autopilotIdentities()
{
    finishDueDeregistrations();
    return m_identities;
}

const QVector<DemoEntraDevice> &DemoTenant::entraDevices()
{
    finishDueDeregistrations();
    return m_entraDevices;
}

int DemoTenant::identityIndex(const QString &id)
{
    finishDueDeregistrations();
    const int index = m_identityById.value(id.toLower(), -1);
    return index >= 0 && !m_identities[index].removed ? index : -1;
}

int DemoTenant::entraDeviceIndex(const QString &id) const
{
    const int index = m_entraById.value(id.toLower(), -1);
    return index >= 0 && !m_entraDevices[index].removed ? index : -1;
}

int DemoTenant::autopilotIdentityOfEntraDevice(const QString &deviceId)
{
    finishDueDeregistrations();
    for (int i = 0; i < m_identities.size(); ++i) {
        if (!m_identities[i].removed
            && m_identities[i].azureActiveDirectoryDeviceId.compare(deviceId, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

// DELETE managedDevices/{id}: Intune drops the record at once (the device, if it checks in again, is not managed).
void DemoTenant::deleteManagedDevice(int index)
{
    m_devices[index].removed = true;
    m_pendingRetirements.removeAll(index);
    ++m_generation;
}

void DemoTenant::deregisterIdentity(int index, const QDateTime &now)
{
    DemoAutopilotIdentity &identity = m_identities[index];
    if (!identity.deletionRequestedAt.isValid())
        m_pendingDeregistrations.append(index);
    identity.deletionRequestedAt = now;
    ++m_generation;
}

int DemoTenant::deletionSeconds(int identityIndex) const
{
    return identityIndex % 5 == 0 ? 4 * m_options.autopilotDeletionSeconds : m_options.autopilotDeletionSeconds;
}

// When the Autopilot service has removed the identity, the Entra object loses its [ZTDID] physical id.
void DemoTenant::finishDueDeregistrations()
{
    const QDateTime now = DemoClock::nowUtc();
    for (auto it = m_pendingDeregistrations.begin(); it != m_pendingDeregistrations.end();) {
        DemoAutopilotIdentity &identity = m_identities[*it];
        if (identity.deletionRequestedAt.msecsTo(now) < qint64(deletionSeconds(*it)) * 1000) {
            ++it;
            continue;
        }
        identity.removed = true;
        const QString ztdid = QStringLiteral("[ZTDID]:") + identity.id;
        for (DemoEntraDevice &device : m_entraDevices)
            device.physicalIds.removeAll(ztdid);
        ++m_generation;
        it = m_pendingDeregistrations.erase(it);
    }
}

void DemoTenant::setEntraDeviceEnabled(int index, bool enabled)
{
    m_entraDevices[index].accountEnabled = enabled;
    ++m_generation;
}

void DemoTenant::deleteEntraDevice(int index)
{
    m_entraDevices[index].removed = true;
    // Microsoft, "Delete a device in Microsoft Entra ID": the device's BitLocker keys and LAPS password go with it.
    const QString deviceId = m_entraDevices[index].deviceId;
    for (DemoBitLockerKey &key : m_bitLockerKeys) {
        if (key.deviceId.compare(deviceId, Qt::CaseInsensitive) == 0)
            key.removed = true;
    }
    m_localCredentials.remove(deviceId.toLower());
    ++m_generation;
}

int DemoTenant::deviceActionsInLastDay(const QString &kind, const QDateTime &now)
{
    QList<QDateTime> &times = m_deviceActions[kind];
    while (!times.isEmpty() && times.first().secsTo(now) >= 24 * 3600)
        times.removeFirst();
    return int(times.size());
}

int DemoTenant::dailyLimit(const QString &kind) const
{
    if (kind == QLatin1String("wipe"))
        return m_options.dailyWipeLimit;
    return kind == QLatin1String("delete") ? m_options.dailyDeleteLimit : m_options.dailyRetireLimit;
}

void DemoTenant::recordDeviceActions(const QString &kind, const QDateTime &now, int count)
{
    for (int i = 0; i < count; ++i)
        m_deviceActions[kind].append(now);
}

const DemoLocalCredential *DemoTenant::localCredential(const QString &deviceId) const
{
    const auto it = m_localCredentials.constFind(deviceId.toLower());
    return it == m_localCredentials.constEnd() ? nullptr : &it.value();
}

// Recovery information as organisations escrow it: BitLocker keys for most Windows devices joined to Entra ID (an
// operating system volume, sometimes a data volume too), Windows LAPS passwords for some, FileVault keys for most
// Macs Intune manages. Its own random stream, so the rest of the tenant is the same with or without it.
void DemoTenant::generateRecoveryInformation()
{
    DemoRng rng(m_options.seed ^ 0x4ec0e4ed);
    const QDateTime now = m_options.reference;
    // BitLocker's recovery password: eight blocks of six digits, each a multiple of 11 below 720896.
    auto bitLockerKey = [&rng] {
        QStringList blocks;
        for (int i = 0; i < 8; ++i)
            blocks.append(QStringLiteral("%1").arg(11 * rng.below(65536), 6, 10, QLatin1Char('0')));
        return blocks.join(QLatin1Char('-'));
    };
    for (const DemoEntraDevice &device : std::as_const(m_entraDevices)) {
        if (device.operatingSystem != QLatin1String("Windows") || device.trustType == QLatin1String("Workplace"))
            continue;
        const int volumes = rng.chance(0.85) ? (rng.chance(0.2) ? 2 : 1) : 0;
        for (int v = 0; v < volumes; ++v) {
            DemoBitLockerKey key;
            key.id = rng.guid();
            key.deviceId = device.deviceId;
            key.volumeType = v == 0 ? QStringLiteral("operatingSystemVolume") : QStringLiteral("fixedDataVolume");
            key.key = bitLockerKey();
            key.createdDateTime = rng.before(now, 400 * kDay);
            m_bitLockerKeyById.insert(key.id.toLower(), int(m_bitLockerKeys.size()));
            m_bitLockerKeys.append(key);
        }
        if (!rng.chance(0.4))
            continue;
        DemoLocalCredential credential;
        credential.deviceId = device.deviceId;
        credential.deviceName = device.displayName;
        credential.accountName = QStringLiteral("LocalAdmin");
        credential.accountSid
            = QStringLiteral("S-1-5-21-%1-%2-%3-500").arg(rng.digits(10), rng.digits(10), rng.digits(10));
        credential.password = rng.chars("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+", 16);
        credential.backupDateTime = rng.before(now, 30 * kDay);
        credential.refreshDateTime = credential.backupDateTime.addDays(30);
        m_localCredentials.insert(device.deviceId.toLower(), credential);
    }
    for (DemoDevice &device : m_devices) {
        if (device.operatingSystem == QLatin1String("macOS") && rng.chance(0.7)) {
            QStringList groups;
            for (int i = 0; i < 6; ++i)
                groups.append(rng.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4));
            device.fileVaultKey = groups.join(QLatin1Char('-'));
        }
    }
}

void DemoTenant::finishDueRetirements()
{
    if (m_pendingRetirements.isEmpty())
        return;
    const QDateTime now = DemoClock::nowUtc();
    for (auto it = m_pendingRetirements.begin(); it != m_pendingRetirements.end();) {
        DemoDevice &device = m_devices[*it];
        if (device.retireRequestedAt.secsTo(now) >= m_options.retireCompletionSeconds) {
            device.removed = true;
            ++m_generation;
            it = m_pendingRetirements.erase(it);
        } else {
            ++it;
        }
    }
}
