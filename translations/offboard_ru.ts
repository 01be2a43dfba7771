<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionCatalog</name>
    <message>
        <source>Not signed in.</source>
        <translation>Вход не выполнен.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not let an app signed in on its own (app-only) run this action. Sign in as a user with %1.</source>
        <translation>Microsoft Graph не разрешает приложению, вошедшему от своего имени (только приложение), выполнять это действие. Войдите как пользователь с разрешением %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>The app registration lacks the application permission %1.</source>
        <translation>У регистрации приложения нет разрешения приложения %1.</translation>
    </message>
    <message>
        <source>Your sign-in lacks the permission %1.</source>
        <translation>У вашего входа нет разрешения %1.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Прекратить использование</translation>
    </message>
    <message>
        <source>Deprovision</source>
        <translation>Отменить подготовку</translation>
    </message>
    <message>
        <source>Remove all devices from management</source>
        <translation>Вывести все устройства из управления</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Unassign user from device</source>
        <translation>Отменить назначение пользователя устройству</translation>
    </message>
    <message>
        <source>Intune removes the company data, apps, settings and e-mail profiles it put on the device, and stops managing it. The user&apos;s personal data stays on the device. The retire replaces any other action still pending for the device and happens when the device next checks in with Intune. It cannot be undone: to manage the device again, it must be enrolled again.</source>
        <translation>Intune удалит с устройства корпоративные данные, приложения, параметры и профили электронной почты, которые он туда установил, и прекратит управлять устройством. Личные данные пользователя останутся на устройстве. Прекращение использования заменяет все другие ожидающие действия для устройства и выполняется при следующей синхронизации устройства с Intune. Это нельзя отменить: чтобы снова управлять устройством, его придётся зарегистрировать заново.</translation>
    </message>
    <message>
        <source>Intune stops managing the device, with the reason you give; the device is not wiped. Microsoft documents this action only in the beta API and without details, so prefer Retire unless your process asks for deprovision. It cannot be undone: to manage the device again, it must be enrolled again.</source>
        <translation>Intune прекратит управлять устройством с указанной вами причиной; данные устройства не стираются. Microsoft описывает это действие только в бета-версии API и без подробностей, поэтому, если ваш регламент не требует именно его, выбирайте «Прекратить использование». Это нельзя отменить: чтобы снова управлять устройством, его придётся зарегистрировать заново.</translation>
    </message>
    <message>
        <source>Every device of this user is retired: when each one next checks in, Intune removes the company data, apps and settings it put there and stops managing it. Personal data stays. This includes devices not shown in the list. It cannot be undone.</source>
        <translation>Для каждого устройства этого пользователя будет прекращено использование: при следующей синхронизации Intune удалит с него корпоративные данные, приложения и параметры и прекратит им управлять. Личные данные останутся. Это касается и устройств, которых нет в списке. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>The remote assistance partner is disconnected from Intune: helpdesk staff can no longer start remote assistance sessions through it until it is onboarded again in the Intune admin center.</source>
        <translation>Партнёр удалённой помощи будет отключён от Intune: сотрудники поддержки не смогут начинать через него сеансы удалённой помощи, пока его снова не подключат в центре администрирования Intune.</translation>
    </message>
    <message>
        <source>The assigned user is removed from the Windows Autopilot device identity, so the next Autopilot deployment of the device is not set up for that user. The device stays registered in Autopilot.</source>
        <translation>Назначенный пользователь будет удалён из удостоверения устройства Windows Autopilot, поэтому следующее развёртывание Autopilot не будет настроено для этого пользователя. Устройство останется зарегистрированным в Autopilot.</translation>
    </message>
    <message>
        <source>Employee left the company</source>
        <translation>Сотрудник уволился</translation>
    </message>
    <message>
        <source>Device returned to the vendor</source>
        <translation>Устройство возвращено поставщику</translation>
    </message>
    <message>
        <source>Device lost or stolen</source>
        <translation>Устройство утеряно или украдено</translation>
    </message>
    <message>
        <source>Device replaced</source>
        <translation>Устройство заменено</translation>
    </message>
    <message>
        <source>Device to be reused by another department</source>
        <translation>Устройство передаётся другому подразделению</translation>
    </message>
    <message>
        <source>You signed in read-only. To run actions, sign out and sign in without “Read only”.</source>
        <translation>Вы вошли только для чтения. Чтобы выполнять действия, выйдите из учётной записи и войдите без «Только чтение».</translation>
    </message>
    <message>
        <source>Delete from Intune</source>
        <translation>Удалить из Intune</translation>
    </message>
    <message>
        <source>Deregister from Autopilot</source>
        <translation>Отменить регистрацию в Autopilot</translation>
    </message>
    <message>
        <source>Disable in Entra ID</source>
        <translation>Отключить в Entra ID</translation>
    </message>
    <message>
        <source>Delete from Entra ID</source>
        <translation>Удалить из Entra ID</translation>
    </message>
    <message>
        <source>The device&apos;s record is deleted from Intune. Intune no longer lists or manages it; if the device checks in again it is not managed. Delete only after a retire or wipe has been carried out.</source>
        <translation>Запись устройства удаляется из Intune. Intune больше не показывает его и не управляет им; если устройство снова выйдет на связь, оно не будет управляемым. Удаляйте только после того, как прекращение использования или очистка выполнены.</translation>
    </message>
    <message>
        <source>The device is deregistered from Windows Autopilot: a reset no longer sets it up for your organisation, and it can be registered by its next owner. Autopilot completes this after a few minutes.</source>
        <translation>Регистрация устройства в Windows Autopilot отменяется: после сброса оно больше не настраивается для вашей организации, и следующий владелец сможет его зарегистрировать. Autopilot завершает это через несколько минут.</translation>
    </message>
    <message>
        <source>The device&apos;s Microsoft Entra object is disabled: nobody can sign in to Microsoft Entra ID on it, and access policies that need a known device block it. It can be enabled again.</source>
        <translation>Объект устройства в Microsoft Entra отключается: на нём никто не сможет войти в Microsoft Entra ID, а политики доступа, требующие известного устройства, блокируют его. Его можно снова включить.</translation>
    </message>
    <message>
        <source>The device&apos;s Microsoft Entra object is deleted, and with it its BitLocker recovery keys and its local administrator (LAPS) password. It cannot be undone.</source>
        <translation>Объект устройства в Microsoft Entra удаляется, а вместе с ним — ключи восстановления BitLocker и пароль локального администратора (LAPS). Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Your organisation has turned this action off (%1).</source>
        <translation>Ваша организация отключила это действие (%1).</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Plan not opened</source>
        <translation>План не открыт</translation>
    </message>
    <message>
        <source>The plan %1 was not opened: %2</source>
        <translation>План %1 не открыт: %2</translation>
    </message>
</context>
<context>
    <name>ActionProgressDialog</name>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Graph&apos;s message and request ID</source>
        <translation>Сообщение Graph и идентификатор запроса</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Send nothing more; what is already on its way still reports</source>
        <translation>Больше ничего не отправлять; уже отправленное сообщит о результате</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Повторить неудачные</translation>
    </message>
    <message>
        <source>Run the action again on the targets Graph refused. Targets with an unknown outcome are not included: check them first.</source>
        <translation>Повторить действие для объектов, которые отклонил Graph. Объекты с неизвестным результатом не включаются: сначала проверьте их.</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Экспорт результатов…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Сбой экспорта</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Не удалось записать файл %1.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s to stay within Intune&apos;s request limits…</source>
        <translation>
            <numerusform>Ожидание %n с, чтобы не превысить ограничения Intune на число запросов…</numerusform>
            <numerusform>Ожидание %n с, чтобы не превысить ограничения Intune на число запросов…</numerusform>
            <numerusform>Ожидание %n с, чтобы не превысить ограничения Intune на число запросов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Outcome unknown: check the object</source>
        <translation>Результат неизвестен: проверьте объект</translation>
    </message>
    <message>
        <source>Needs approval (Multi Admin Approval)</source>
        <translation>Требуется утверждение (утверждение несколькими администраторами)</translation>
    </message>
    <message>
        <source> (request ID %1)</source>
        <translation> (идентификатор запроса %1)</translation>
    </message>
    <message>
        <source>An Intune access policy requires a second administrator&apos;s approval: submit the request in the Intune admin center (Tenant administration &gt; Multi Admin Approval). </source>
        <translation>Политика доступа Intune требует утверждения вторым администратором: отправьте запрос в центре администрирования Intune (Администрирование клиента &gt; Утверждение несколькими администраторами). </translation>
    </message>
    <message>
        <source>Done: %1 · failed: %2 · awaiting approval: %3 · outcome unknown: %4 · not sent: %5</source>
        <translation>Выполнено: %1 · сбой: %2 · ожидает утверждения: %3 · результат неизвестен: %4 · не отправлено: %5</translation>
    </message>
    <message>
        <source>Graph ID</source>
        <translation>Идентификатор Graph</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Идентификатор запроса</translation>
    </message>
    <message>
        <source>Request ID %1</source>
        <translation>Идентификатор запроса %1</translation>
    </message>
    <message>
        <source>Action still running</source>
        <translation>Действие ещё выполняется</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Остановить отправку</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>The action is still running. Stop sending and close when the requests already on their way have reported? Nothing more is sent.</source>
        <translation>Действие ещё выполняется. Остановить отправку и закрыть окно, когда уже отправленные запросы сообщат о результате? Больше ничего не будет отправлено.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already on their way…</source>
        <translation>Остановка: ожидание уже отправленных запросов…</translation>
    </message>
</context>
<context>
    <name>ActionRunner</name>
    <message>
        <source>The audit journal %1 could not be written (%2), so nothing more is sent.</source>
        <translation>Не удалось записать журнал аудита %1 (%2), поэтому больше ничего не отправляется.</translation>
    </message>
    <message>
        <source>The audit journal %1 could not be written (%2).</source>
        <translation>Не удалось записать журнал аудита %1 (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Microsoft Graph id for this action; nothing was sent.</source>
        <translation>«%1» — недопустимый идентификатор Microsoft Graph для этого действия; ничего не отправлено.</translation>
    </message>
    <message>
        <source>Stopped before it was sent (again): Microsoft Graph did not carry it out.</source>
        <translation>Остановлено до (повторной) отправки: Microsoft Graph это действие не выполнил.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Offboard</source>
        <translation>Offboard</translation>
    </message>
    <message>
        <source>Your sign-in could not be renewed (%1). Sign out and sign in again.</source>
        <translation>Не удалось продлить вход (%1). Выйдите и войдите снова.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain (%1). You stay signed in until Offboard closes.</source>
        <translation>Не удалось сохранить вход в системной связке ключей (%1). Вход действует, пока Offboard открыт.</translation>
    </message>
</context>
<context>
    <name>AutopilotPage</name>
    <message>
        <source>&amp;Enrollment state:</source>
        <translation>Состояние &amp;регистрации:</translation>
    </message>
    <message>
        <source>Enrollment state filter</source>
        <translation>Фильтр по состоянию регистрации</translation>
    </message>
    <message>
        <source>Serial number, device name, user, model, group tag…</source>
        <translation>Серийный номер, имя устройства, пользователь, модель, тег группы…</translation>
    </message>
    <message numerus="yes">
        <source>%n Autopilot identities share this serial number. Check the Graph ID before acting.</source>
        <translation>
            <numerusform>Этот серийный номер у %n удостоверения Autopilot. Перед действием проверьте идентификатор Graph.</numerusform>
            <numerusform>Этот серийный номер у %n удостоверений Autopilot. Перед действием проверьте идентификатор Graph.</numerusform>
            <numerusform>Этот серийный номер у %n удостоверений Autopilot. Перед действием проверьте идентификатор Graph.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphan: no Intune managed device belongs to this identity.</source>
        <translation>Без управляемого устройства: этому удостоверению не соответствует ни одно управляемое устройство Intune.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Graph ID</source>
        <translation>Идентификатор Graph</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Тег группы</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>Назначенный пользователь</translation>
    </message>
    <message>
        <source>Enrollment state</source>
        <translation>Состояние регистрации</translation>
    </message>
    <message>
        <source>Managed device</source>
        <translation>Управляемое устройство</translation>
    </message>
    <message>
        <source>Entra device ID</source>
        <translation>Идентификатор устройства Entra</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Заказ на покупку</translation>
    </message>
    <message>
        <source>Autopilot devices</source>
        <translation>Устройства Autopilot</translation>
    </message>
    <message>
        <source>&amp;Orphans</source>
        <translation>&amp;Без управляемого устройства</translation>
    </message>
    <message>
        <source>Only identities that no Intune managed device belongs to</source>
        <translation>Только удостоверения, которым не соответствует ни одно управляемое устройство Intune</translation>
    </message>
    <message>
        <source>Only orphans</source>
        <translation>Только без управляемого устройства</translation>
    </message>
    <message>
        <source>&amp;Duplicate serials</source>
        <translation>Повторы серийных &amp;номеров</translation>
    </message>
    <message>
        <source>Only identities whose serial number another identity shares</source>
        <translation>Только удостоверения, серийный номер которых есть и у другого удостоверения</translation>
    </message>
    <message>
        <source>Only duplicate serial numbers</source>
        <translation>Только повторяющиеся серийные номера</translation>
    </message>
</context>
<context>
    <name>BatchRequest</name>
    <message>
        <source>Microsoft Graph sent a batch answer that could not be read.</source>
        <translation>Microsoft Graph прислал пакетный ответ, который не удалось прочитать.</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s batch answer had no result for this request.</source>
        <translation>В пакетном ответе Microsoft Graph нет результата для этого запроса.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph asked to wait %n s before sending this again, longer than Offboard waits; it was not sent again. Try it later.</source>
        <translation>
            <numerusform>Microsoft Graph попросил подождать %n с перед повторной отправкой — дольше, чем ждёт Offboard; запрос не отправлен повторно. Повторите позже.</numerusform>
            <numerusform>Microsoft Graph попросил подождать %n с перед повторной отправкой — дольше, чем ждёт Offboard; запрос не отправлен повторно. Повторите позже.</numerusform>
            <numerusform>Microsoft Graph попросил подождать %n с перед повторной отправкой — дольше, чем ждёт Offboard; запрос не отправлен повторно. Повторите позже.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>Could not open a local port for the browser to return to.</source>
        <translation>Не удалось открыть локальный порт, на который браузер вернёт результат входа.</translation>
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <source>Microsoft global cloud</source>
        <translation>Глобальное облако Microsoft</translation>
    </message>
    <message>
        <source>US Government L4</source>
        <translation>Правительство США L4</translation>
    </message>
    <message>
        <source>US Government L5 (DoD)</source>
        <translation>Правительство США L5 (Министерство обороны)</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>Китай (под управлением 21Vianet)</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Особые адреса (%1)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Device name</source>
        <translation>Имя устройства</translation>
    </message>
    <message>
        <source>Primary user</source>
        <translation>Основной пользователь</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>ОС</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Версия ОС</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <source>Management state</source>
        <translation>Состояние управления</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Владение</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Тег группы</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>Назначенный пользователь</translation>
    </message>
    <message>
        <source>Enrollment state</source>
        <translation>Состояние регистрации</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Заказ на покупку</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Имя участника-пользователя (UPN)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Last connection</source>
        <translation>Последнее соединение</translation>
    </message>
    <message>
        <source>Onboarding address</source>
        <translation>Адрес подключения</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message numerus="yes">
        <source>%n managed device(s)</source>
        <translation>
            <numerusform>%n управляемое устройство</numerusform>
            <numerusform>%n управляемых устройства</numerusform>
            <numerusform>%n управляемых устройств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n пользователь</numerusform>
            <numerusform>%n пользователя</numerusform>
            <numerusform>%n пользователей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote assistance partner(s)</source>
        <translation>
            <numerusform>%n партнёр удалённой помощи</numerusform>
            <numerusform>%n партнёра удалённой помощи</numerusform>
            <numerusform>%n партнёров удалённой помощи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Autopilot device(s)</source>
        <translation>
            <numerusform>%n устройство Autopilot</numerusform>
            <numerusform>%n устройства Autopilot</numerusform>
            <numerusform>%n устройств Autopilot</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Подтверждение: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Serial number or user</source>
        <translation>Серийный номер или пользователь</translation>
    </message>
    <message>
        <source>Graph ID</source>
        <translation>Идентификатор Graph</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Объекты действия</translation>
    </message>
    <message>
        <source>Permission used: %1 (%2)</source>
        <translation>Используемое разрешение: %1 (%2)</translation>
    </message>
    <message>
        <source>This sign-in cannot run the action: %1</source>
        <translation>С этим входом действие выполнить нельзя: %1</translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation>Выберите или введите причину</translation>
    </message>
    <message>
        <source>Deprovision reason</source>
        <translation>Причина отмены подготовки</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>To confirm, type the number of objects (%1):</source>
        <translation>Для подтверждения введите число объектов (%1):</translation>
    </message>
    <message>
        <source>To confirm, type %1:</source>
        <translation>Для подтверждения введите %1:</translation>
    </message>
    <message>
        <source>Show the exact request</source>
        <translation>Показать точный запрос</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like these</source>
        <translation>
            <numerusform>… и ещё %n такой же</numerusform>
            <numerusform>… и ещё %n таких же</numerusform>
            <numerusform>… и ещё %n таких же</numerusform>
        </translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Тело: %1</translation>
    </message>
    <message>
        <source>Sent in JSON batches of up to 20 requests (POST %1/$batch).</source>
        <translation>Отправляется пакетами JSON до 20 запросов (POST %1/$batch).</translation>
    </message>
    <message>
        <source>Asking Microsoft Graph which devices these users have…</source>
        <translation>Запрашиваем в Microsoft Graph, какие устройства есть у этих пользователей…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Имя устройства</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>ОС</translation>
    </message>
    <message>
        <source>Management state</source>
        <translation>Состояние управления</translation>
    </message>
    <message>
        <source>Devices that will be retired</source>
        <translation>Устройства, которые будут выведены из управления</translation>
    </message>
    <message>
        <source>Ask &amp;again</source>
        <translation>Запросить с&amp;нова</translation>
    </message>
    <message>
        <source>Ask Microsoft Graph again for the users&apos; devices</source>
        <translation>Снова запросить устройства пользователей в Microsoft Graph</translation>
    </message>
    <message>
        <source>The users&apos; devices could not be listed, so the action cannot be confirmed: %1</source>
        <translation>Не удалось получить список устройств пользователей, поэтому действие нельзя подтвердить: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph lists no managed devices for these users: nothing will be retired now.</source>
        <translation>Microsoft Graph не знает управляемых устройств этих пользователей: сейчас ничего не будет выведено из управления.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph lists %n managed device(s) for these users. Each of them will be retired:</source>
        <translation>
            <numerusform>У этих пользователей в Microsoft Graph %n управляемое устройство. Оно будет выведено из управления:</numerusform>
            <numerusform>У этих пользователей в Microsoft Graph %n управляемых устройства. Каждое будет выведено из управления:</numerusform>
            <numerusform>У этих пользователей в Microsoft Graph %n управляемых устройств. Каждое будет выведено из управления:</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph lists no managed devices for this user: nothing will be retired now.</source>
        <translation>Microsoft Graph не знает управляемых устройств этого пользователя: сейчас ничего не будет выведено из управления.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph lists %n managed device(s) for this user. Each of them will be retired:</source>
        <translation>
            <numerusform>У этого пользователя в Microsoft Graph %n управляемое устройство. Оно будет выведено из управления:</numerusform>
            <numerusform>У этого пользователя в Microsoft Graph %n управляемых устройства. Каждое будет выведено из управления:</numerusform>
            <numerusform>У этого пользователя в Microsoft Graph %n управляемых устройств. Каждое будет выведено из управления:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Microsoft Entra device(s)</source>
        <translation>
            <numerusform>%n устройство Microsoft Entra</numerusform>
            <numerusform>%n устройства Microsoft Entra</numerusform>
            <numerusform>%n устройств Microsoft Entra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Задайте имя подключения.</translation>
    </message>
    <message>
        <source>Enter the tenant as its ID (a GUID) or one of its domains, e.g. contoso.onmicrosoft.com.</source>
        <translation>Укажите клиент его идентификатором (GUID) или одним из его доменов, например contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>App-only sign-in needs a specific tenant, not &quot;organizations&quot;.</source>
        <translation>Для входа только приложения нужен конкретный клиент, а не «organizations».</translation>
    </message>
    <message>
        <source>The client ID is the application (client) ID of an app registration: a GUID.</source>
        <translation>Идентификатор клиента — это идентификатор приложения (клиента) из регистрации приложения, GUID.</translation>
    </message>
    <message>
        <source>A custom cloud needs its Graph and sign-in addresses.</source>
        <translation>Для особых адресов укажите адрес Graph и адрес входа.</translation>
    </message>
    <message>
        <source>A custom cloud&apos;s addresses must start with https:// (plain http only for this machine, 127.0.0.1).</source>
        <translation>Особые адреса должны начинаться с https:// (простой http допустим только для этого компьютера, 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>DailyLimits</name>
    <message>
        <source>Retire: this plan %1, sent by Offboard in the last 24 hours %2, Intune&apos;s daily limit %3.</source>
        <translation>Прекращение использования: в этом плане %1, отправлено Offboard за последние 24 часа %2, дневной лимит Intune %3.</translation>
    </message>
    <message>
        <source>Delete: this plan %1, sent by Offboard in the last 24 hours %2, Intune&apos;s daily limit %3.</source>
        <translation>Удаление: в этом плане %1, отправлено Offboard за последние 24 часа %2, дневной лимит Intune %3.</translation>
    </message>
    <message>
        <source>Wipe: this plan %1, sent by Offboard in the last 24 hours %2, Intune&apos;s daily limit %3.</source>
        <translation>Очистка: в этом плане %1, отправлено Offboard за последние 24 часа %2, дневной лимит Intune %3.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: this goes over the daily limit by %n; Intune refuses the rest until the day&apos;s count falls. Split the plan, or run part of it tomorrow.</source>
        <translation>
            <numerusform>Внимание: дневной лимит превышается на %n; остальное Intune отклонит, пока дневной счётчик не уменьшится. Разделите план или выполните часть завтра.</numerusform>
            <numerusform>Внимание: дневной лимит превышается на %n; остальное Intune отклонит, пока дневной счётчик не уменьшится. Разделите план или выполните часть завтра.</numerusform>
            <numerusform>Внимание: дневной лимит превышается на %n; остальное Intune отклонит, пока дневной счётчик не уменьшится. Разделите план или выполните часть завтра.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin center and other tools count too; Offboard knows only its own journal.</source>
        <translation>Центр администрирования и другие средства тоже расходуют лимит; Offboard знает только свой журнал.</translation>
    </message>
    <message>
        <source>Intune&apos;s daily limit of %1 %2 actions per tenant is probably reached (%3 sent by Offboard in the last 24 hours); try again when the day&apos;s count falls.</source>
        <translation>Вероятно, достигнут дневной лимит Intune: %1 действий «%2» на клиент (Offboard отправил за последние 24 часа: %3); повторите, когда дневной счётчик уменьшится.</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>прекращение использования</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>wipe</source>
        <translation>очистка</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>Demo tenant (built in)</source>
        <translation>Демо-клиент (встроенный)</translation>
    </message>
    <message>
        <source>The demo organisation has not consented to Offboard&apos;s write permissions (%1), so you are signed in read-only: lists and details, no actions.</source>
        <translation>Демонстрационная организация не дала согласия на разрешения Offboard для изменений (%1), поэтому вход выполнен только для чтения: списки и сведения, без действий.</translation>
    </message>
    <message>
        <source>Signing in to the demo tenant failed: %1</source>
        <translation>Не удалось войти в демо-клиент: %1</translation>
    </message>
</context>
<context>
    <name>DemoTenantHost</name>
    <message>
        <source>The demo tenant could not listen on the loopback interface.</source>
        <translation>Демо-клиент не смог открыть порт на локальном интерфейсе (loopback).</translation>
    </message>
</context>
<context>
    <name>DeviceCodeSignIn</name>
    <message>
        <source>The sign-in address %1 is not secure (HTTPS is required).</source>
        <translation>Адрес входа %1 небезопасен (требуется HTTPS).</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>&amp;OS:</source>
        <translation>&amp;ОС:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Co&amp;mpliance:</source>
        <translation>Соо&amp;тветствие:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Состоян&amp;ие:</translation>
    </message>
    <message>
        <source>O&amp;wnership:</source>
        <translation>В&amp;ладение:</translation>
    </message>
    <message>
        <source>No check-in for:</source>
        <translation>Без синхронизации:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>любой срок</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Operating system filter</source>
        <translation>Фильтр по операционной системе</translation>
    </message>
    <message>
        <source>Compliance filter</source>
        <translation>Фильтр по соответствию</translation>
    </message>
    <message>
        <source>Management state filter</source>
        <translation>Фильтр по состоянию управления</translation>
    </message>
    <message>
        <source>Ownership filter</source>
        <translation>Фильтр по владению</translation>
    </message>
    <message>
        <source>Days without check-in</source>
        <translation>Дней без синхронизации</translation>
    </message>
    <message>
        <source>Device name, user, serial number, model…</source>
        <translation>Имя устройства, пользователь, серийный номер, модель…</translation>
    </message>
    <message numerus="yes">
        <source>%n managed devices share this serial number. Check the Graph ID before acting.</source>
        <translation>
            <numerusform>Этот серийный номер у %n управляемого устройства. Перед действием проверьте идентификатор Graph.</numerusform>
            <numerusform>Этот серийный номер у %n управляемых устройств. Перед действием проверьте идентификатор Graph.</numerusform>
            <numerusform>Этот серийный номер у %n управляемых устройств. Перед действием проверьте идентификатор Graph.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph ID</source>
        <translation>Идентификатор Graph</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <source>Primary user</source>
        <translation>Основной пользователь</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <source>Management state</source>
        <translation>Состояние управления</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Владение</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Entra device ID</source>
        <translation>Идентификатор устройства Entra</translation>
    </message>
    <message>
        <source>Autopilot identity</source>
        <translation>Удостоверение Autopilot</translation>
    </message>
    <message>
        <source>none found among the loaded Autopilot devices</source>
        <translation>не найдено среди загруженных устройств Autopilot</translation>
    </message>
    <message>
        <source>Managed devices</source>
        <translation>Управляемые устройства</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Compliant</source>
        <translation>Соответствует</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Не соответствует</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>Льготный период</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Managed by Configuration Manager</source>
        <translation>Управляется Configuration Manager</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Управляется</translation>
    </message>
    <message>
        <source>Retire pending</source>
        <translation>Ожидает прекращения использования</translation>
    </message>
    <message>
        <source>Retire failed</source>
        <translation>Сбой прекращения использования</translation>
    </message>
    <message>
        <source>Retire issued</source>
        <translation>Прекращение использования отправлено</translation>
    </message>
    <message>
        <source>Retire cancelled</source>
        <translation>Прекращение использования отменено</translation>
    </message>
    <message>
        <source>Wipe pending</source>
        <translation>Ожидает очистки</translation>
    </message>
    <message>
        <source>Wipe failed</source>
        <translation>Сбой очистки</translation>
    </message>
    <message>
        <source>Wipe issued</source>
        <translation>Очистка отправлена</translation>
    </message>
    <message>
        <source>Wipe cancelled</source>
        <translation>Очистка отменена</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Неисправно</translation>
    </message>
    <message>
        <source>Delete pending</source>
        <translation>Ожидает удаления</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>Корпоративное</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Личное</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Pending reset</source>
        <translation>Ожидает сброса</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Onboarded</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Подключается</translation>
    </message>
    <message>
        <source>Not onboarded</source>
        <translation>Не подключено</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включена</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Файл доказательств</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Устройства</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>&amp;Шаги</translation>
    </message>
    <message>
        <source>&amp;Recovery keys</source>
        <translation>&amp;Ключи восстановления</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Найдено по</translation>
    </message>
    <message>
        <source>Recovery information read</source>
        <translation>Прочитанные сведения для восстановления</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Devices and their state before</source>
        <translation>Устройства и их состояние до изменений</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Идентификатор запроса</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Steps and their outcomes</source>
        <translation>Шаги и их результаты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Volume or account</source>
        <translation>Том или учётная запись</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>Recovery keys and passwords</source>
        <translation>Ключи восстановления и пароли</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase of the evidence file</source>
        <translation>Парольная фраза файла доказательств</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Р&amp;азблокировать</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <source>Show the selected secret</source>
        <translation>Показать выбранный секрет</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Скопи&amp;ровать</translation>
    </message>
    <message>
        <source>Copy the selected secret</source>
        <translation>Скопировать выбранный секрет</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared after %n second(s).</source>
        <translation>
            <numerusform>Буфер обмена очищается через %n секунду.</numerusform>
            <numerusform>Буфер обмена очищается через %n секунды.</numerusform>
            <numerusform>Буфер обмена очищается через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Offboarding run by %1 in %2 (%3), started %4; written %5.
%6</source>
        <translation>Вывод устройств выполнил %1 в клиенте %2 (%3), начало %4; записано %5.
%6</translation>
    </message>
    <message>
        <source>BitLocker recovery key</source>
        <translation>Ключ восстановления BitLocker</translation>
    </message>
    <message>
        <source>Local administrator password (LAPS)</source>
        <translation>Пароль локального администратора (LAPS)</translation>
    </message>
    <message>
        <source>FileVault recovery key</source>
        <translation>Ключ восстановления FileVault</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Проверка парольной фразы…</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s). Select one, then Show or Copy.</source>
        <translation>
            <numerusform>%n секрет. Выберите его и нажмите «Показать» или «Скопировать».</numerusform>
            <numerusform>%n секрета. Выберите один и нажмите «Показать» или «Скопировать».</numerusform>
            <numerusform>%n секретов. Выберите один и нажмите «Показать» или «Скопировать».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Скопировано. Буфер обмена будет очищен через %n секунду.</numerusform>
            <numerusform>Скопировано. Буфер обмена будет очищен через %n секунды.</numerusform>
            <numerusform>Скопировано. Буфер обмена будет очищен через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operating system volume</source>
        <translation>Системный том</translation>
    </message>
    <message>
        <source>Fixed data volume</source>
        <translation>Несъёмный том данных</translation>
    </message>
    <message>
        <source>Removable data volume</source>
        <translation>Съёмный том данных</translation>
    </message>
</context>
<context>
    <name>EvidenceFile</name>
    <message>
        <source>The recovery information could not be encrypted.</source>
        <translation>Не удалось зашифровать сведения для восстановления.</translation>
    </message>
    <message>
        <source>This is not an Offboard evidence file.</source>
        <translation>Это не файл доказательств Offboard.</translation>
    </message>
    <message>
        <source>The evidence file was written by another version of Offboard (format %1).</source>
        <translation>Файл доказательств записан другой версией Offboard (формат %1).</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n месяц назад</numerusform>
            <numerusform>%n месяца назад</numerusform>
            <numerusform>%n месяцев назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n год назад</numerusform>
            <numerusform>%n года назад</numerusform>
            <numerusform>%n лет назад</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The server refused the connection.</source>
        <translation>Сервер отказал в подключении.</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation>Сервер закрыл соединение, не ответив.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>Не удалось разрешить имя сервера.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>A secure connection could not be established.</source>
        <translation>Не удалось установить защищённое соединение.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>Не удалось воспользоваться прокси-сервером.</translation>
    </message>
    <message>
        <source>A network error occurred (code %1).</source>
        <translation>Произошла сетевая ошибка (код %1).</translation>
    </message>
    <message>
        <source>Outcome unknown: the connection broke after the request was sent. Check the object before trying again.</source>
        <translation>Результат неизвестен: соединение оборвалось после отправки запроса. Проверьте объект, прежде чем повторять.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3)</source>
        <translation>%1 (HTTP %2, %3)</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Сервер ответил HTTP %1.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Код HTTP: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Код ошибки: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Идентификатор запроса (request-id): %1</translation>
    </message>
    <message>
        <source>Client request ID: %1</source>
        <translation>Идентификатор запроса клиента (client-request-id): %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Outcome unknown: Microsoft Graph answered HTTP %1 (%2), which does not say whether the action was carried out. Check the object before trying again.</source>
        <translation>Результат неизвестен: Microsoft Graph ответил HTTP %1 (%2), и по этому ответу нельзя понять, выполнено ли действие. Проверьте объект, прежде чем повторять.</translation>
    </message>
</context>
<context>
    <name>GraphReads</name>
    <message>
        <source>Microsoft Graph sent no JSON object.</source>
        <translation>Microsoft Graph не прислал объект JSON.</translation>
    </message>
</context>
<context>
    <name>GraphRequest</name>
    <message>
        <source>Refused to send the request to %1: it is not the Microsoft Graph host in use, or not a secure address.</source>
        <translation>Запрос к %1 не отправлен: это не используемый узел Microsoft Graph или небезопасный адрес.</translation>
    </message>
    <message>
        <source>Not sent: the sign-in this request belongs to has ended.</source>
        <translation>Не отправлено: вход, к которому относится этот запрос, завершён.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph asked to wait %n minute(s) before trying again. Offboard waits at most two minutes, so it stopped here; try again later. Graph said: %1</source>
        <translation>
            <numerusform>Microsoft Graph попросил подождать %n минуту перед повтором. Offboard ждёт не дольше двух минут, поэтому остановился; повторите позже. Ответ Graph: %1</numerusform>
            <numerusform>Microsoft Graph попросил подождать %n минуты перед повтором. Offboard ждёт не дольше двух минут, поэтому остановился; повторите позже. Ответ Graph: %1</numerusform>
            <numerusform>Microsoft Graph попросил подождать %n минут перед повтором. Offboard ждёт не дольше двух минут, поэтому остановился; повторите позже. Ответ Graph: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was redirected to %1, which Offboard does not follow: Microsoft Graph does not redirect.</source>
        <translation>Запрос перенаправлен на %1; Offboard не следует перенаправлениям: Microsoft Graph их не использует.</translation>
    </message>
</context>
<context>
    <name>IdentitySimulator</name>
    <message>
        <source>Not found.</source>
        <translation>Не найдено.</translation>
    </message>
    <message>
        <source>Sign in to the demo tenant</source>
        <translation>Вход в демо-клиент</translation>
    </message>
    <message>
        <source>Offboard demo tenant</source>
        <translation>Демо-клиент Offboard</translation>
    </message>
    <message>
        <source>This is the simulated Microsoft Entra ID sign-in of the Offboard demo tenant. The demo accounts are listed in the README.</source>
        <translation>Это имитация входа Microsoft Entra ID для демо-клиента Offboard. Демо-учётные записи перечислены в README.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>AADSTS50126: Error validating credentials due to invalid username or password.</source>
        <translation>AADSTS50126: ошибка проверки учётных данных: неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Enter code</source>
        <translation>Введите код</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>That code is not valid or has expired. Check it and try again.</source>
        <translation>Код недействителен или просрочен. Проверьте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>You declined the sign-in. You can close this window.</source>
        <translation>Вы отклонили вход. Это окно можно закрыть.</translation>
    </message>
    <message>
        <source>You have signed in to Offboard on your other device. You can close this window.</source>
        <translation>Вы вошли в Offboard на другом устройстве. Это окно можно закрыть.</translation>
    </message>
    <message>
        <source>Need admin approval</source>
        <translation>Требуется одобрение администратора</translation>
    </message>
    <message>
        <source>Return to the application without granting consent</source>
        <translation>Вернуться в приложение, не предоставляя согласия</translation>
    </message>
    <message>
        <source>Need admin approval: Offboard asks for permissions in your organization that only an admin can grant.</source>
        <translation>Требуется одобрение администратора: Offboard запрашивает в вашей организации разрешения, которые может предоставить только администратор.</translation>
    </message>
</context>
<context>
    <name>IntentVerifier</name>
    <message>
        <source>Checked after a restart: %1</source>
        <translation>Проверено после перезапуска: %1</translation>
    </message>
    <message>
        <source>the object no longer exists</source>
        <translation>объекта больше нет</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>не удалось прочитать (%1)</translation>
    </message>
    <message>
        <source>management state is %1</source>
        <translation>состояние управления — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the user&apos;s %n device(s) are pending retirement</source>
        <translation>
            <numerusform>%1 из %n устройства пользователя ожидают прекращения использования</numerusform>
            <numerusform>%1 из %n устройств пользователя ожидают прекращения использования</numerusform>
            <numerusform>%1 из %n устройств пользователя ожидают прекращения использования</numerusform>
        </translation>
    </message>
    <message>
        <source>onboarding status is %1</source>
        <translation>состояние подключения — %1</translation>
    </message>
    <message>
        <source>no user is assigned</source>
        <translation>пользователь не назначен</translation>
    </message>
    <message>
        <source>%1 is still assigned</source>
        <translation>%1 по-прежнему назначен</translation>
    </message>
    <message>
        <source>the device is still enabled</source>
        <translation>устройство всё ещё включено</translation>
    </message>
    <message>
        <source>the device is disabled</source>
        <translation>устройство отключено</translation>
    </message>
    <message>
        <source>the object still exists</source>
        <translation>объект всё ещё существует</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Another Offboard (process %1) is writing the audit journal %2. Actions run only from that window until it closes.</source>
        <translation>Журнал аудита %2 ведёт другой экземпляр Offboard (процесс %1). Пока он открыт, действия выполняются только из его окна.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>No outcome recorded</source>
        <translation>Результат не записан</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Ожидает одобрения</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Код HTTP</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Идентификатор запроса</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Клиент (тенант)</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Версия API</translation>
    </message>
    <message>
        <source>Target ID</source>
        <translation>ID объекта</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Бета-версия</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Основная</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Device, user, request ID, message…</source>
        <translation>Устройство, пользователь, ID запроса, сообщение…</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Поиск по журналу</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Все результаты</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Пери&amp;од:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>П&amp;еречитать</translation>
    </message>
    <message>
        <source>Reload the journal</source>
        <translation>Перечитать журнал</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export the shown journal records to CSV</source>
        <translation>Экспортировать показанные записи журнала в CSV</translation>
    </message>
    <message>
        <source>Journal records</source>
        <translation>Записи журнала</translation>
    </message>
    <message>
        <source>The journal %1 could not be read: %2</source>
        <translation>Не удалось прочитать журнал %1: %2</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Дейс&amp;твие:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln journal record(s)</source>
        <translation>
            <numerusform>%Ln запись журнала</numerusform>
            <numerusform>%Ln записи журнала</numerusform>
            <numerusform>%Ln записей журнала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown of %Ln journal record(s)</source>
        <translation>
            <numerusform>Показано %1 из %Ln записи журнала</numerusform>
            <numerusform>Показано %1 из %Ln записей журнала</numerusform>
            <numerusform>Показано %1 из %Ln записей журнала</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>Details of the selected %1</source>
        <translation>Подробности выбранного: %1</translation>
    </message>
    <message>
        <source>Look &amp;up in Microsoft Graph</source>
        <translation>Искать в &amp;Microsoft Graph</translation>
    </message>
    <message>
        <source>For very large tenants: press Enter to ask Microsoft Graph for names, serial numbers or user names that start with the text, instead of searching the loaded list.</source>
        <translation>Для очень больших клиентов: нажмите Enter, чтобы запросить у Microsoft Graph имена, серийные номера или имена пользователей, начинающиеся с этого текста, вместо поиска в загруженном списке.</translation>
    </message>
    <message>
        <source>Look up in Microsoft Graph</source>
        <translation>Искать в Microsoft Graph</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Try loading again</source>
        <translation>Повторить загрузку</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Не удалось загрузить список: %1</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph asked us to slow down: waiting %n s…</source>
        <translation>
            <numerusform>Microsoft Graph просит сбавить темп: ожидание %n с…</numerusform>
            <numerusform>Microsoft Graph просит сбавить темп: ожидание %n с…</numerusform>
            <numerusform>Microsoft Graph просит сбавить темп: ожидание %n с…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading: %1 of %2</source>
        <translation>Загрузка: %1 из %2</translation>
    </message>
    <message>
        <source>Loading: %1</source>
        <translation>Загрузка: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loading failed after %Ln object(s)</source>
        <translation>
            <numerusform>Сбой загрузки после %Ln объекта</numerusform>
            <numerusform>Сбой загрузки после %Ln объектов</numerusform>
            <numerusform>Сбой загрузки после %Ln объектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %Ln object(s)</source>
        <translation>
            <numerusform>Загрузка остановлена после %Ln объекта</numerusform>
            <numerusform>Загрузка остановлена после %Ln объектов</numerusform>
            <numerusform>Загрузка остановлена после %Ln объектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln объект</numerusform>
            <numerusform>%Ln объекта</numerusform>
            <numerusform>%Ln объектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln object(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %Ln объекта</numerusform>
            <numerusform>Показано %1 из %Ln объектов</numerusform>
            <numerusform>Показано %1 из %Ln объектов</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Выберите строку, чтобы увидеть подробности.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln objects selected.</source>
        <translation>
            <numerusform>Выбран %Ln объект.</numerusform>
            <numerusform>Выбрано %Ln объекта.</numerusform>
            <numerusform>Выбрано %Ln объектов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;cell</source>
        <translation>Копировать &amp;ячейку</translation>
    </message>
    <message>
        <source>Copy selected &amp;rows</source>
        <translation>Копировать выбранные &amp;строки</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>%1 (Graph value)</source>
        <translation>%1 (значение в Graph)</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>detail pane label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Request ID: %2</source>
        <translation>%1 Идентификатор запроса: %2</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Sign-in was not completed: %1 Return to Offboard for details.</source>
        <translation>Вход не выполнен: %1 Подробности — в окне Offboard.</translation>
    </message>
    <message>
        <source>Signed in. You can close this browser tab and return to Offboard.</source>
        <translation>Вход выполнен. Закройте эту вкладку браузера и вернитесь в Offboard.</translation>
    </message>
    <message>
        <source>Offboard is waiting for a sign-in here; there is nothing else at this address.</source>
        <translation>По этому адресу Offboard ожидает только ответ на вход; больше здесь ничего нет.</translation>
    </message>
    <message>
        <source>Offboard only accepts the sign-in answer the browser brings back.</source>
        <translation>Offboard принимает здесь только ответ на вход, который возвращает браузер.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Offboard is waiting for. Start the sign-in again from Offboard.</source>
        <translation>Этот ответ не относится к входу, который ожидает Offboard. Начните вход заново из Offboard.</translation>
    </message>
    <message>
        <source>Offboard could not read this request.</source>
        <translation>Offboard не удалось прочитать этот запрос.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Offboard</source>
        <translation>О программе Offboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Offboard %1&lt;/h3&gt;&lt;p&gt;Offboards devices from Microsoft Intune and Windows Autopilot through Microsoft Graph.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Offboard %1&lt;/h3&gt;&lt;p&gt;Вывод устройств из Microsoft Intune и Windows Autopilot через Microsoft Graph.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offboard — demo tenant</source>
        <translation>Offboard — демо-клиент</translation>
    </message>
    <message>
        <source>Offboard — %1</source>
        <translation>Offboard — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;About Offboard</source>
        <translation>&amp;О программе Offboard</translation>
    </message>
    <message>
        <source>DEMO TENANT: everything here is simulated on this computer. No request reaches Microsoft, and nothing you do here changes a real device.</source>
        <translation>ДЕМО-КЛИЕНТ: всё здесь имитируется на этом компьютере. Ни один запрос не уходит в Microsoft, и ничто из сделанного здесь не затронет реальные устройства.</translation>
    </message>
    <message>
        <source>Demo tenant notice</source>
        <translation>Предупреждение о демо-клиенте</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Остановить загрузку</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Signed in as %1 · demo tenant</source>
        <translation>Вход выполнен: %1 · демо-клиент</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Выйти из &amp;учётной записи</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>приложение %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · tenant %2 · %3</source>
        <translation>Вход выполнен: %1 · клиент %2 · %3</translation>
    </message>
    <message>
        <source>Tenant ID: %1
Access token valid until %2</source>
        <translation>Идентификатор клиента: %1
Маркер доступа действителен до %2</translation>
    </message>
    <message>
        <source>&amp;Export visible rows to CSV…</source>
        <translation>&amp;Экспорт видимых строк в CSV…</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Stop loading this list</source>
        <translation>Остановить загрузку этого списка</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>Экспорт видимых строк</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Сбой экспорта</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Не удалось записать файл %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln строка экспортирована в %1.</numerusform>
            <numerusform>%Ln строки экспортированы в %1.</numerusform>
            <numerusform>%Ln строк экспортировано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Действия</translation>
    </message>
    <message>
        <source>Select one or more rows first.</source>
        <translation>Сначала выберите одну или несколько строк.</translation>
    </message>
    <message>
        <source>Verif&amp;y now</source>
        <translation>Проверить сейч&amp;ас</translation>
    </message>
    <message numerus="yes">
        <source>%n action request(s) from an earlier session have no recorded outcome: Offboard stopped while sending them, so they may or may not have happened. Nothing is sent again by itself; verify them to see what Microsoft Graph says now.</source>
        <translation>
            <numerusform>У %n запроса действия из прошлого сеанса нет записанного результата: Offboard остановился во время отправки, поэтому неизвестно, выполнен ли он. Повторно ничего не отправляется; проверьте, что сейчас сообщает Microsoft Graph.</numerusform>
            <numerusform>У %n запросов действий из прошлого сеанса нет записанного результата: Offboard остановился во время отправки, поэтому неизвестно, выполнены ли они. Повторно ничего не отправляется; проверьте, что сейчас сообщает Microsoft Graph.</numerusform>
            <numerusform>У %n запросов действий из прошлого сеанса нет записанного результата: Offboard остановился во время отправки, поэтому неизвестно, выполнены ли они. Повторно ничего не отправляется; проверьте, что сейчас сообщает Microsoft Graph.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked with Microsoft Graph:</source>
        <translation>Проверено в Microsoft Graph:</translation>
    </message>
    <message>
        <source>An action is still running. Stop sending and sign out once the requests already on their way have reported? Nothing more is sent.</source>
        <translation>Действие ещё выполняется. Остановить отправку и выйти из учётной записи, когда уже отправленные запросы сообщат о результате? Больше ничего не будет отправлено.</translation>
    </message>
    <message>
        <source>An action is still running. Stop sending and quit once the requests already on their way have reported? Nothing more is sent.</source>
        <translation>Действие ещё выполняется. Остановить отправку и выйти из программы, когда уже отправленные запросы сообщат о результате? Больше ничего не будет отправлено.</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · только чтение</translation>
    </message>
    <message>
        <source>Nothing to do: every selected row already shows what this action leaves behind.</source>
        <translation>Делать нечего: все выбранные строки уже в том состоянии, в которое их переводит это действие.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>&amp;New offboarding…</source>
        <translation>&amp;Новый вывод устройств…</translation>
    </message>
    <message>
        <source>Offboard devices or people from a list of serial numbers, device names, ids or user names</source>
        <translation>Вывести устройства или сотрудников по списку серийных номеров, имён устройств, идентификаторов или имён пользователей</translation>
    </message>
    <message>
        <source>&amp;Offboard this person…</source>
        <translation>&amp;Вывести этого пользователя…</translation>
    </message>
    <message>
        <source>&amp;Offboard this device…</source>
        <translation>&amp;Вывести это устройство…</translation>
    </message>
    <message>
        <source>&amp;Offboard the selected…</source>
        <translation>&amp;Вывести выбранные…</translation>
    </message>
    <message>
        <source>Find everything that belongs to the selection in Intune, Autopilot and Entra ID, and plan its offboarding</source>
        <translation>Найти всё, что относится к выбранному, в Intune, Autopilot и Entra ID, и составить план вывода</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Открытие плана</translation>
    </message>
    <message>
        <source>Offboard plans (*.json)</source>
        <translation>Планы Offboard (*.json)</translation>
    </message>
    <message>
        <source>Open &amp;plan…</source>
        <translation>Открыть &amp;план…</translation>
    </message>
    <message>
        <source>Open an offboarding plan saved to a file, to check it again and run it</source>
        <translation>Открыть план вывода устройств, сохранённый в файл, чтобы проверить его заново и выполнить</translation>
    </message>
    <message>
        <source>An offboarding run started %1 did not finish: Offboard stopped during it. Resume it: steps the journal shows as sent are checked with Microsoft Graph, never sent again; the others are sent after a new confirmation.</source>
        <translation>Вывод устройств, начатый %1, не завершён: Offboard остановился во время выполнения. Продолжите его: шаги, которые по журналу уже отправлены, проверяются в Microsoft Graph и повторно не отправляются; остальные отправляются после нового подтверждения.</translation>
    </message>
    <message>
        <source>Resume the off&amp;boarding…</source>
        <translation>Продол&amp;жить вывод устройств…</translation>
    </message>
    <message>
        <source>An offboarding plan is running</source>
        <translation>Выполняется план вывода устройств</translation>
    </message>
    <message>
        <source>Stop the plan in its window first (Stop), and wait until the requests already sent have reported.</source>
        <translation>Сначала остановите план в его окне («Остановить») и дождитесь результатов уже отправленных запросов.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2; QtKeychain %3.&lt;/p&gt;&lt;p&gt;Qt is used under the GNU LGPL version 3 and QtKeychain under the BSD 2-clause licence, both linked from the system&apos;s libraries.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Собрано с Qt %1, работает на Qt %2; QtKeychain %3.&lt;/p&gt;&lt;p&gt;Qt используется по лицензии GNU LGPL версии 3, QtKeychain — по лицензии BSD (2 пункта); обе библиотеки подключаются из системы.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&lt;p&gt;Project page: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Страница проекта: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open evidence file</source>
        <translation>Открытие файла доказательств</translation>
    </message>
    <message>
        <source>Offboard evidence (*.json)</source>
        <translation>Доказательства Offboard (*.json)</translation>
    </message>
    <message>
        <source>Open e&amp;vidence…</source>
        <translation>Открыть файл &amp;доказательств…</translation>
    </message>
    <message>
        <source>Open a run&apos;s evidence file: what was done, and the recovery keys and passwords read before, with its passphrase</source>
        <translation>Открыть файл доказательств выполнения: что было сделано, а также ключи восстановления и пароли, прочитанные заранее (по парольной фразе)</translation>
    </message>
</context>
<context>
    <name>OffboardingInput</name>
    <message>
        <source>Graph or Entra ID</source>
        <translation>Идентификатор Graph или Entra</translation>
    </message>
    <message>
        <source>User (UPN)</source>
        <translation>Пользователь (UPN)</translation>
    </message>
    <message>
        <source>Serial number or device name</source>
        <translation>Серийный номер или имя устройства</translation>
    </message>
</context>
<context>
    <name>OffboardingPlan</name>
    <message>
        <source>Leaving employee</source>
        <translation>Увольнение сотрудника</translation>
    </message>
    <message>
        <source>Return to vendor</source>
        <translation>Возврат поставщику</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Утерянное или украденное устройство</translation>
    </message>
    <message>
        <source>Retire the person&apos;s devices and unassign them from Autopilot; the devices stay registered for the next employee.</source>
        <translation>Прекратить использование устройств сотрудника и отменить их назначение в Autopilot; устройства остаются зарегистрированными для следующего сотрудника.</translation>
    </message>
    <message>
        <source>Retire, delete from Intune, deregister from Autopilot and delete from Microsoft Entra ID, in that order: nothing of the device stays in the tenant.</source>
        <translation>Прекратить использование, удалить из Intune, отменить регистрацию в Autopilot и удалить из Microsoft Entra ID — именно в таком порядке: в клиенте не остаётся ничего от устройства.</translation>
    </message>
    <message>
        <source>Retire the device and disable it in Microsoft Entra ID, so nobody can sign in on it; its Autopilot registration stays.</source>
        <translation>Прекратить использование устройства и отключить его в Microsoft Entra ID, чтобы на нём никто не мог войти; регистрация в Autopilot остаётся.</translation>
    </message>
    <message>
        <source>Intune already retires this device.</source>
        <translation>Intune уже прекращает использование этого устройства.</translation>
    </message>
    <message>
        <source>Synced from on-premises Active Directory: disable or delete it there; Entra ID refuses it here.</source>
        <translation>Синхронизируется из локальной Active Directory: отключите или удалите его там; здесь Entra ID это не примет.</translation>
    </message>
    <message>
        <source>Co-managed with Configuration Manager: a retire ends Intune&apos;s management only; Configuration Manager keeps managing the device.</source>
        <translation>Совместное управление с Configuration Manager: прекращение использования завершает только управление Intune; Configuration Manager продолжает управлять устройством.</translation>
    </message>
    <message>
        <source>Hybrid joined: its Entra device is synced from on-premises Active Directory and comes back unless it is removed there.</source>
        <translation>Гибридное присоединение: его устройство Entra синхронизируется из локальной Active Directory и вернётся, если не удалить его там.</translation>
    </message>
    <message>
        <source>%1: Entra ID refuses to disable or delete the device object while the device is registered in Windows Autopilot; tick &quot;Deregister from Autopilot&quot; too.</source>
        <translation>%1: Entra ID не отключает и не удаляет объект устройства, пока устройство зарегистрировано в Windows Autopilot; отметьте также «Отменить регистрацию в Autopilot».</translation>
    </message>
    <message>
        <source>%1: choose either Retire or Deprovision, not both.</source>
        <translation>%1: выберите либо «Прекратить использование», либо «Отменить подготовку», но не оба.</translation>
    </message>
    <message>
        <source>Deprovision needs a reason.</source>
        <translation>Для отмены подготовки нужна причина.</translation>
    </message>
    <message>
        <source>Retire every device Intune manages for %1</source>
        <translation>Прекратить использование всех устройств, которыми Intune управляет для пользователя %1</translation>
    </message>
    <message>
        <source>Deprovision %1 in Intune, with the reason given</source>
        <translation>Отменить подготовку %1 в Intune с указанной причиной</translation>
    </message>
    <message>
        <source>Delete %1 from Microsoft Intune</source>
        <translation>Удалить %1 из Microsoft Intune</translation>
    </message>
    <message>
        <source>Unassign the user from %1 in Windows Autopilot</source>
        <translation>Отменить назначение пользователя устройству %1 в Windows Autopilot</translation>
    </message>
    <message>
        <source>Deregister %1 from Windows Autopilot and wait until Autopilot has removed it</source>
        <translation>Отменить регистрацию %1 в Windows Autopilot и дождаться, пока Autopilot её удалит</translation>
    </message>
    <message>
        <source>Disable %1 in Microsoft Entra ID</source>
        <translation>Отключить %1 в Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Delete %1 from Microsoft Entra ID</source>
        <translation>Удалить %1 из Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Checking that it took effect…</source>
        <translation>Проверка, что изменение применено…</translation>
    </message>
    <message>
        <source>Done, checked</source>
        <translation>Выполнено, проверено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Outcome unknown: check before retrying</source>
        <translation>Результат неизвестен: проверьте перед повтором</translation>
    </message>
    <message>
        <source>Not confirmed in time</source>
        <translation>Не подтверждено вовремя</translation>
    </message>
    <message>
        <source>Deleting the Entra device also deletes its BitLocker keys and LAPS password: back them up first.</source>
        <translation>Удаление устройства Entra удаляет и его ключи BitLocker, и пароль LAPS: сначала сохраните их.</translation>
    </message>
    <message>
        <source>Retire %1 in Intune</source>
        <translation>Прекратить использование %1 в Intune</translation>
    </message>
</context>
<context>
    <name>OffboardingPlanFile</name>
    <message>
        <source>This is not an Offboard plan.</source>
        <translation>Это не план Offboard.</translation>
    </message>
    <message>
        <source>This plan was saved by another version of Offboard (format %1).</source>
        <translation>Этот план сохранён другой версией Offboard (формат %1).</translation>
    </message>
    <message>
        <source>The plan file is damaged.</source>
        <translation>Файл плана повреждён.</translation>
    </message>
    <message>
        <source>The plan file is damaged: a step names an unknown action or an invalid id.</source>
        <translation>Файл плана повреждён: в шаге указано неизвестное действие или недопустимый идентификатор.</translation>
    </message>
    <message>
        <source>This plan was made for the tenant %1, and you are signed in to %2. Its ids mean nothing here, or other objects: it is not opened.</source>
        <translation>Этот план составлен для клиента %1, а вы вошли в %2. Его идентификаторы здесь ничего не значат или означают другие объекты: план не открыт.</translation>
    </message>
    <message>
        <source>%1 (found by &quot;%2&quot;) is no longer found with the same id.</source>
        <translation>%1 (найдено по «%2») больше не находится с тем же идентификатором.</translation>
    </message>
    <message>
        <source>%1 (found by &quot;%2&quot;) was not in the saved plan.</source>
        <translation>%1 (найдено по «%2») не было в сохранённом плане.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 can no longer be planned: the object is gone or changed.</source>
        <translation>«%1» для %2 больше нельзя запланировать: объект удалён или изменился.</translation>
    </message>
</context>
<context>
    <name>OffboardingReport</name>
    <message>
        <source>Device or person</source>
        <translation>Устройство или пользователь</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Найдено по</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Step (Graph action)</source>
        <translation>Шаг (действие Graph)</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Идентификатор объекта</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Код HTTP</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Идентификатор запроса</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Dry run: not sent</source>
        <translation>Пробный запуск: не отправлено</translation>
    </message>
    <message>
        <source>Offboarding report</source>
        <translation>Отчёт о выводе устройств</translation>
    </message>
    <message>
        <source>Offboarding report (dry run: nothing was sent)</source>
        <translation>Отчёт о выводе устройств (пробный запуск: ничего не отправлено)</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Шаблон: %1</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>Начато %1, завершено %2</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Steps, in the order they ran</source>
        <translation>Шаги в порядке выполнения</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>OffboardingResolver</name>
    <message>
        <source>Asking Microsoft Graph…</source>
        <translation>Запрос к Microsoft Graph…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Several matches: choose</source>
        <translation>Несколько совпадений: выберите</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Не удалось проверить</translation>
    </message>
    <message>
        <source>No managed device, Entra device, Autopilot device or user has this id.</source>
        <translation>Ни у одного управляемого устройства, устройства Entra, устройства Autopilot или пользователя нет такого идентификатора.</translation>
    </message>
    <message>
        <source>No user has this user principal name.</source>
        <translation>Пользователя с таким именем участника-пользователя нет.</translation>
    </message>
    <message>
        <source>No managed device, Autopilot device or Entra device has this serial number or name.</source>
        <translation>Ни у одного управляемого устройства, устройства Autopilot или устройства Entra нет такого серийного номера или имени.</translation>
    </message>
    <message numerus="yes">
        <source>%n objects match: choose which by their ids.</source>
        <translation>
            <numerusform>Подходит %n объект: выберите нужные по идентификаторам.</numerusform>
            <numerusform>Подходят %n объекта: выберите нужные по идентификаторам.</numerusform>
            <numerusform>Подходят %n объектов: выберите нужные по идентификаторам.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user has no managed devices.</source>
        <translation>У пользователя нет управляемых устройств.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID could not be asked: %1</source>
        <translation>Не удалось запросить Microsoft Entra ID: %1</translation>
    </message>
    <message>
        <source>Windows Autopilot could not be asked: %1</source>
        <translation>Не удалось запросить Windows Autopilot: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other Autopilot registration(s) have this serial number and are not part of this device.</source>
        <translation>
            <numerusform>Ещё %n регистрация Autopilot имеет этот серийный номер и не относится к этому устройству.</numerusform>
            <numerusform>Ещё %n регистрации Autopilot имеют этот серийный номер и не относятся к этому устройству.</numerusform>
            <numerusform>Ещё %n регистраций Autopilot имеют этот серийный номер и не относятся к этому устройству.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen by id: %1</source>
        <translation>Выбрано по идентификатору: %1</translation>
    </message>
</context>
<context>
    <name>OffboardingRunner</name>
    <message>
        <source>Not sent: the run was stopped.</source>
        <translation>Не отправлено: выполнение остановлено.</translation>
    </message>
    <message>
        <source>Waiting for Windows Autopilot to remove %1…</source>
        <translation>Ожидание, пока Windows Autopilot удалит %1…</translation>
    </message>
    <message>
        <source>Intune reports the retire failed (retireFailed).</source>
        <translation>Intune сообщает, что прекратить использование не удалось.</translation>
    </message>
    <message>
        <source>Stopped before Graph showed the change.</source>
        <translation>Остановлено до того, как Graph показал изменение.</translation>
    </message>
    <message numerus="yes">
        <source>Graph did not show the change within %n second(s).</source>
        <translation>
            <numerusform>Graph не показал изменение за %n секунду.</numerusform>
            <numerusform>Graph не показал изменение за %n секунды.</numerusform>
            <numerusform>Graph не показал изменение за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: an earlier step for this device did not take effect.</source>
        <translation>Пропущено: предыдущий шаг для этого устройства не применился.</translation>
    </message>
    <message>
        <source>Refused before the run was interrupted (see the journal); not sent again.</source>
        <translation>Отклонено до прерывания (см. журнал); повторно не отправляется.</translation>
    </message>
    <message>
        <source>Sent before the run was interrupted; checked, not sent again.</source>
        <translation>Отправлено до прерывания; проверяется, повторно не отправляется.</translation>
    </message>
</context>
<context>
    <name>OffboardingWizard</name>
    <message>
        <source>What to offboard</source>
        <translation>Что выводим</translation>
    </message>
    <message>
        <source>Serial numbers, device names, Intune or Entra device ids and user principal names, mixed as you like. Only exact matches are used.</source>
        <translation>Серийные номера, имена устройств, идентификаторы устройств Intune или Entra и имена участников-пользователей, в любом сочетании. Используются только точные совпадения.</translation>
    </message>
    <message>
        <source>&amp;Identifiers, one per line:</source>
        <translation>&amp;Идентификаторы, по одному в строке:</translation>
    </message>
    <message>
        <source>Identifiers, one per line</source>
        <translation>Идентификаторы, по одному в строке</translation>
    </message>
    <message>
        <source>I&amp;mport from file…</source>
        <translation>Импорт из &amp;файла…</translation>
    </message>
    <message>
        <source>Import identifiers from a CSV or text file</source>
        <translation>Импортировать идентификаторы из файла CSV или текстового файла</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Столбец:</translation>
    </message>
    <message>
        <source>Column of the imported file</source>
        <translation>Столбец импортированного файла</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Первая строка — &amp;заголовок</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Распознано как</translation>
    </message>
    <message>
        <source>What each line is read as</source>
        <translation>Как распознана каждая строка</translation>
    </message>
    <message>
        <source>Import identifiers</source>
        <translation>Импорт идентификаторов</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV и текстовые файлы (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Не удалось импортировать</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Не удалось прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s) to look up.</source>
        <translation>
            <numerusform>Будет проверен %n идентификатор.</numerusform>
            <numerusform>Будут проверены %n идентификатора.</numerusform>
            <numerusform>Будут проверены %n идентификаторов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated line(s) left out.</source>
        <translation>
            <numerusform>%n повторяющаяся строка пропущена.</numerusform>
            <numerusform>%n повторяющиеся строки пропущены.</numerusform>
            <numerusform>%n повторяющихся строк пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <source>What each identifier is</source>
        <translation>Что означает каждый идентификатор</translation>
    </message>
    <message>
        <source>Microsoft Graph is asked for exact matches in Intune, Windows Autopilot and Microsoft Entra ID. Where several objects match, choose which.</source>
        <translation>Microsoft Graph запрашивается о точных совпадениях в Intune, Windows Autopilot и Microsoft Entra ID. Если подходят несколько объектов, выберите нужные.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>What each identifier was found to be</source>
        <translation>Что найдено по каждому идентификатору</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the objects an ambiguous entry means</source>
        <translation>Выбрать объекты, к которым относится неоднозначная запись</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s)</source>
        <translation>
            <numerusform>%1: %n устройство</numerusform>
            <numerusform>%1: %n устройства</numerusform>
            <numerusform>%1: %n устройств</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (идентификатор %2)</translation>
    </message>
    <message>
        <source>Found: %1 · not found: %2 · several matches: %3 · could not be checked: %4</source>
        <translation>Найдено: %1 · не найдено: %2 · несколько совпадений: %3 · не удалось проверить: %4</translation>
    </message>
    <message>
        <source>Choose by id: %1</source>
        <translation>Выбор по идентификатору: %1</translation>
    </message>
    <message>
        <source>Tick the objects &quot;%1&quot; means. Compare their ids, users and last check-in in the lists if unsure.</source>
        <translation>Отметьте объекты, к которым относится «%1». Если сомневаетесь, сравните их идентификаторы, пользователей и последнюю синхронизацию в списках.</translation>
    </message>
    <message>
        <source>Matching objects</source>
        <translation>Подходящие объекты</translation>
    </message>
    <message>
        <source>%1 · serial %2 · user %3 · id %4</source>
        <translation>%1 · серийный номер %2 · пользователь %3 · идентификатор %4</translation>
    </message>
    <message>
        <source>Use the ticked objects</source>
        <translation>Использовать отмеченные</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Steps run in Microsoft&apos;s order: Intune, then Windows Autopilot, then Microsoft Entra ID; each starts only when the one before has taken effect.</source>
        <translation>Шаги выполняются в порядке, рекомендованном Microsoft: Intune, затем Windows Autopilot, затем Microsoft Entra ID; каждый начинается только после того, как предыдущий применён.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>&amp;Reason for deprovision:</source>
        <translation>&amp;Причина отмены подготовки:</translation>
    </message>
    <message>
        <source>Reason for deprovision</source>
        <translation>Причина отмены подготовки</translation>
    </message>
    <message>
        <source>Device and step</source>
        <translation>Устройство и шаг</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Plan: devices and their steps</source>
        <translation>План: устройства и их шаги</translation>
    </message>
    <message>
        <source>Show the re&amp;quests (dry run)…</source>
        <translation>Показать &amp;запросы (пробный запуск)…</translation>
    </message>
    <message>
        <source>Show the requests the plan would send</source>
        <translation>Показать запросы, которые отправит план</translation>
    </message>
    <message>
        <source>found by &quot;%1&quot;</source>
        <translation>найдено по «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) ticked</source>
        <translation>
            <numerusform>Отмечен %n шаг</numerusform>
            <numerusform>Отмечены %n шага</numerusform>
            <numerusform>Отмечено %n шагов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n устройство</numerusform>
            <numerusform>%n устройства</numerusform>
            <numerusform>%n устройств</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: the requests, in order</source>
        <translation>Пробный запуск: запросы по порядку</translation>
    </message>
    <message>
        <source>Nothing has been sent. Running the plan sends these requests in this order, each after the one before it has taken effect:</source>
        <translation>Ничего не отправлено. При выполнении плана эти запросы отправляются в таком порядке, каждый — после того, как предыдущий применён:</translation>
    </message>
    <message>
        <source>Requests the plan would send</source>
        <translation>Запросы, которые отправит план</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Run the plan</source>
        <translation>Выполнение плана</translation>
    </message>
    <message>
        <source>To confirm, t&amp;ype the number of steps (%1):</source>
        <translation>Для подтверждения &amp;введите число шагов (%1):</translation>
    </message>
    <message>
        <source>Confirmation: the number of steps</source>
        <translation>Подтверждение: число шагов</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>За&amp;пустить</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>Запустить план</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stop the plan</source>
        <translation>Остановить план</translation>
    </message>
    <message>
        <source>Save report as CS&amp;V…</source>
        <translation>&amp;Сохранить отчёт в CSV…</translation>
    </message>
    <message>
        <source>Save report as HTM&amp;L…</source>
        <translation>Со&amp;хранить отчёт в HTML…</translation>
    </message>
    <message>
        <source>Save report as P&amp;DF…</source>
        <translation>Сохран&amp;ить отчёт в PDF…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Идентификатор запроса</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Steps and their outcomes</source>
        <translation>Шаги и их результаты</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %1 of %n step(s) done and checked.</source>
        <translation>
            <numerusform>Завершено: выполнено и проверено %1 из %n шага.</numerusform>
            <numerusform>Завершено: выполнено и проверено %1 из %n шагов.</numerusform>
            <numerusform>Завершено: выполнено и проверено %1 из %n шагов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will be sent to Microsoft Graph as %1 (%2). This cannot be undone. Every request is written to the journal.</source>
        <translation>
            <numerusform>В Microsoft Graph будет отправлен %n шаг от имени %1 (%2). Это нельзя отменить. Каждый запрос записывается в журнал.</numerusform>
            <numerusform>В Microsoft Graph будут отправлены %n шага от имени %1 (%2). Это нельзя отменить. Каждый запрос записывается в журнал.</numerusform>
            <numerusform>В Microsoft Graph будут отправлены %n шагов от имени %1 (%2). Это нельзя отменить. Каждый запрос записывается в журнал.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>The journal could not be written, so nothing more is sent: %1</source>
        <translation>Не удалось записать журнал, поэтому больше ничего не отправляется: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Файлы HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Не удалось записать файл %1.</translation>
    </message>
    <message>
        <source>New offboarding</source>
        <translation>Новый вывод устройств</translation>
    </message>
    <message>
        <source>Offboarding report</source>
        <translation>Отчёт о выводе устройств</translation>
    </message>
    <message>
        <source>Stop the plan?</source>
        <translation>Остановить план?</translation>
    </message>
    <message>
        <source>Steps are still running. Stop sending? What is already on its way still reports.</source>
        <translation>Шаги ещё выполняются. Прекратить отправку? Запросы, которые уже отправлены, всё равно сообщат результат.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Sa&amp;ve plan…</source>
        <translation>&amp;Сохранить план…</translation>
    </message>
    <message>
        <source>Save the plan to a file, for someone else to run</source>
        <translation>Сохранить план в файл, чтобы его выполнил другой сотрудник</translation>
    </message>
    <message>
        <source>Plan saved by %1 on %2, checked again against the tenant now.</source>
        <translation>План сохранён пользователем %1 %2 и сейчас заново проверен в клиенте.</translation>
    </message>
    <message>
        <source>Nothing has changed since.</source>
        <translation>С тех пор ничего не изменилось.</translation>
    </message>
    <message>
        <source>Changed since:</source>
        <translation>С тех пор изменилось:</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Сохранение плана</translation>
    </message>
    <message>
        <source>Offboard plans (*.json)</source>
        <translation>Планы Offboard (*.json)</translation>
    </message>
    <message>
        <source>The plan could not be kept beside the journal; if Offboard stops during the run, it cannot offer to resume it.</source>
        <translation>Не удалось сохранить план рядом с журналом; если Offboard остановится во время выполнения, продолжить его будет нельзя.</translation>
    </message>
    <message>
        <source>Resume the offboarding</source>
        <translation>Продолжение вывода устройств</translation>
    </message>
    <message>
        <source>Read and &amp;keep recovery keys and passwords first (BitLocker, LAPS, FileVault)</source>
        <translation>Сначала прочитать и со&amp;хранить ключи восстановления и пароли (BitLocker, LAPS, FileVault)</translation>
    </message>
    <message>
        <source>Read and keep recovery information first</source>
        <translation>Сначала прочитать и сохранить сведения для восстановления</translation>
    </message>
    <message>
        <source>Microsoft asks to back up BitLocker recovery keys and local administrator passwords before a device is retired or deleted: deleting its Entra device deletes them. Offboard reads them (Microsoft Entra ID audits each read) and seals them in the run&apos;s evidence file with a passphrase you choose.</source>
        <translation>Microsoft рекомендует сохранить ключи восстановления BitLocker и пароли локального администратора до прекращения использования или удаления устройства: при удалении устройства из Entra они удаляются вместе с ним. Offboard читает их (каждое чтение Microsoft Entra ID записывает в журнал аудита) и запечатывает в файле доказательств выполнения парольной фразой, которую вы выберете.</translation>
    </message>
    <message>
        <source>No ticked step removes a device that keeps recovery information.</source>
        <translation>Ни один отмеченный шаг не удаляет устройство, у которого есть сведения для восстановления.</translation>
    </message>
    <message>
        <source>Recovery information is not read: once the Entra devices are deleted, it is gone.</source>
        <translation>Сведения для восстановления не читаются: после удаления устройств из Entra они будут потеряны.</translation>
    </message>
    <message numerus="yes">
        <source>Before the first step, the recovery information of %n device(s) is read and sealed in the run&apos;s evidence file.</source>
        <translation>
            <numerusform>Перед первым шагом сведения для восстановления %n устройства читаются и запечатываются в файле доказательств.</numerusform>
            <numerusform>Перед первым шагом сведения для восстановления %n устройств читаются и запечатываются в файле доказательств.</numerusform>
            <numerusform>Перед первым шагом сведения для восстановления %n устройств читаются и запечатываются в файле доказательств.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sign-in may not read all of it:</source>
        <translation>Этому входу разрешено прочитать не всё:</translation>
    </message>
    <message>
        <source>Evidence file p&amp;assphrase:</source>
        <translation>Парольная фраза &amp;файла доказательств:</translation>
    </message>
    <message>
        <source>Passphrase for the evidence file</source>
        <translation>Парольная фраза для файла доказательств</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>не менее 8 символов</translation>
    </message>
    <message>
        <source>The recovery keys and passwords are sealed with it (AES-256-GCM). Offboard does not keep it: without it nobody can read them, you included.</source>
        <translation>Ею запечатываются ключи восстановления и пароли (AES-256-GCM). Offboard её не хранит: без неё никто не сможет их прочитать, в том числе вы.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Повто&amp;р:</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>Open the evidence f&amp;ile…</source>
        <translation>Открыть файл доказа&amp;тельств…</translation>
    </message>
    <message>
        <source>Preparing the evidence file&apos;s key…</source>
        <translation>Подготовка ключа файла доказательств…</translation>
    </message>
    <message numerus="yes">
        <source>Reading recovery information: %1 of %n device(s)…</source>
        <translation>
            <numerusform>Чтение сведений для восстановления: %1 из %n устройства…</numerusform>
            <numerusform>Чтение сведений для восстановления: %1 из %n устройств…</numerusform>
            <numerusform>Чтение сведений для восстановления: %1 из %n устройств…</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Файл доказательств</translation>
    </message>
    <message>
        <source>The evidence file could not be written, so nothing is sent: %1</source>
        <translation>Не удалось записать файл доказательств, поэтому ничего не отправляется: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery key(s) or password(s) sealed in the evidence file %1</source>
        <translation>
            <numerusform>%n ключ восстановления или пароль запечатан в файле доказательств %1</numerusform>
            <numerusform>%n ключа восстановления или пароля запечатаны в файле доказательств %1</numerusform>
            <numerusform>%n ключей восстановления или паролей запечатаны в файле доказательств %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before any step was sent.</source>
        <translation>Остановлено до отправки первого шага.</translation>
    </message>
    <message>
        <source>The steps&apos; outcomes could not be added to the evidence file: %1</source>
        <translation>Не удалось добавить результаты шагов в файл доказательств: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationPolicy</name>
    <message>
        <source>%1 could not be read; none of its settings apply.</source>
        <translation>Не удалось прочитать %1; ни один из его параметров не применяется.</translation>
    </message>
    <message>
        <source>Unknown section [%1].</source>
        <translation>Неизвестный раздел [%1].</translation>
    </message>
    <message>
        <source>Unknown setting %1 outside any section.</source>
        <translation>Неизвестный параметр %1 вне разделов.</translation>
    </message>
    <message>
        <source>Unknown setting %1 in [%2].</source>
        <translation>Неизвестный параметр %1 в разделе [%2].</translation>
    </message>
    <message>
        <source>Language=%1: Offboard speaks %2.</source>
        <translation>Language=%1: Offboard поддерживает языки %2.</translation>
    </message>
    <message>
        <source>AllowedMethods: unknown sign-in method %1 (browser, deviceCode or clientSecret).</source>
        <translation>AllowedMethods: неизвестный способ входа %1 (browser, deviceCode или clientSecret).</translation>
    </message>
    <message>
        <source>OwnConnections takes true or false.</source>
        <translation>OwnConnections принимает значение true или false.</translation>
    </message>
    <message>
        <source>Disabled: unknown action %1.</source>
        <translation>Disabled: неизвестное действие %1.</translation>
    </message>
    <message>
        <source>[%1]: a connection&apos;s key is made of letters, digits, - and _.</source>
        <translation>[%1]: ключ подключения состоит из латинских букв, цифр, - и _.</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>неизвестный параметр %1</translation>
    </message>
    <message>
        <source>unknown cloud %1</source>
        <translation>неизвестное облако %1</translation>
    </message>
    <message>
        <source>unknown sign-in method %1</source>
        <translation>неизвестный способ входа %1</translation>
    </message>
    <message>
        <source>%1 takes true or false</source>
        <translation>%1 принимает значение true или false</translation>
    </message>
    <message>
        <source>its sign-in method is not among AllowedMethods</source>
        <translation>его способа входа нет в AllowedMethods</translation>
    </message>
    <message>
        <source>[%1] is not offered: %2</source>
        <translation>[%1] не предлагается: %2</translation>
    </message>
    <message>
        <source>Your organisation allows only the connections it has set up (%1).</source>
        <translation>Ваша организация разрешает только подключения, настроенные ею (%1).</translation>
    </message>
    <message>
        <source>Your organisation has turned off sign-in in the browser (%1).</source>
        <translation>Ваша организация отключила вход через браузер (%1).</translation>
    </message>
    <message>
        <source>Your organisation has turned off sign-in with a device code (%1).</source>
        <translation>Ваша организация отключила вход с кодом устройства (%1).</translation>
    </message>
    <message>
        <source>Your organisation has turned off app-only sign-in with a client secret (%1).</source>
        <translation>Ваша организация отключила вход только приложения с секретом клиента (%1).</translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message>
        <source>Microsoft Graph sent a page that could not be read: %1</source>
        <translation>Microsoft Graph прислал страницу, которую не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>Stopped loading: the next page is on another host (%1), and the access token is only ever sent to Microsoft Graph.</source>
        <translation>Загрузка остановлена: следующая страница находится на другом узле (%1), а маркер доступа отправляется только в Microsoft Graph.</translation>
    </message>
</context>
<context>
    <name>PartitionedLoader</name>
    <message numerus="yes">
        <source>read in %n slice(s) at once</source>
        <translation>
            <numerusform>прочитано сразу в %n части</numerusform>
            <numerusform>прочитано сразу в %n частях</numerusform>
            <numerusform>прочитано сразу в %n частях</numerusform>
        </translation>
    </message>
    <message>
        <source>read page by page: %1</source>
        <translation>прочитано постранично: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph did not count the collection, so slices could not be checked</source>
        <translation>Microsoft Graph не сообщил размер коллекции, поэтому части нельзя было проверить</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to filter on %1 (%2)</source>
        <translation>Microsoft Graph отказался фильтровать по %1 (%2)</translation>
    </message>
    <message>
        <source>Microsoft Graph counted more objects in the slices than in the whole collection (%L1)</source>
        <translation>Microsoft Graph насчитал в частях больше объектов, чем во всей коллекции (%L1)</translation>
    </message>
    <message>
        <source>Microsoft Graph counted %L1 objects, the slices brought %L2</source>
        <translation>Microsoft Graph насчитал объектов: %L1, в частях получено: %L2</translation>
    </message>
    <message numerus="yes">
        <source>reading %n slice(s) at once</source>
        <translation>
            <numerusform>читается сразу в %n части</numerusform>
            <numerusform>читается сразу в %n частях</numerusform>
            <numerusform>читается сразу в %n частях</numerusform>
        </translation>
    </message>
    <message>
        <source>reading page by page: %1</source>
        <translation>читается постранично: %1</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>&amp;Onboarding:</source>
        <translation>Подкл&amp;ючение:</translation>
    </message>
    <message>
        <source>Onboarding status filter</source>
        <translation>Фильтр по состоянию подключения</translation>
    </message>
    <message>
        <source>Partner name or address…</source>
        <translation>Имя или адрес партнёра…</translation>
    </message>
    <message>
        <source>Graph ID</source>
        <translation>Идентификатор Graph</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Onboarding address</source>
        <translation>Адрес подключения</translation>
    </message>
    <message>
        <source>Last connection</source>
        <translation>Последнее соединение</translation>
    </message>
    <message>
        <source>Remote assistance partners</source>
        <translation>Партнёры удалённой помощи</translation>
    </message>
</context>
<context>
    <name>PassphraseCipher</name>
    <message>
        <source>The sealed part of the file is not in a form Offboard writes.</source>
        <translation>Зашифрованная часть файла записана не в том виде, в каком её пишет Offboard.</translation>
    </message>
    <message>
        <source>The passphrase could not be turned into a key (out of memory?).</source>
        <translation>Не удалось получить ключ из парольной фразы (не хватает памяти?).</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file was changed after it was written.</source>
        <translation>Неверная парольная фраза, или файл изменён после записи.</translation>
    </message>
</context>
<context>
    <name>RecoveryReader</name>
    <message>
        <source>BitLocker recovery keys need the delegated permission BitLockerKey.Read.All.</source>
        <translation>Для ключей восстановления BitLocker нужно делегированное разрешение BitLockerKey.Read.All.</translation>
    </message>
    <message>
        <source>Microsoft Graph gives BitLocker recovery keys only to a signed-in person, not to an app.</source>
        <translation>Microsoft Graph выдаёт ключи восстановления BitLocker только вошедшему человеку, а не приложению.</translation>
    </message>
    <message>
        <source>Local administrator (LAPS) passwords need the permission DeviceLocalCredential.Read.All.</source>
        <translation>Для паролей локального администратора (LAPS) нужно разрешение DeviceLocalCredential.Read.All.</translation>
    </message>
    <message>
        <source>FileVault keys need the permission DeviceManagementManagedDevices.PrivilegedOperations.All.</source>
        <translation>Для ключей FileVault нужно разрешение DeviceManagementManagedDevices.PrivilegedOperations.All.</translation>
    </message>
    <message>
        <source>Microsoft keeps no recovery key for this kind of device.</source>
        <translation>Для устройств этого типа Microsoft не хранит ключей восстановления.</translation>
    </message>
    <message>
        <source>BitLocker recovery keys</source>
        <translation>Ключи восстановления BitLocker</translation>
    </message>
    <message>
        <source>The local administrator password</source>
        <translation>Пароль локального администратора</translation>
    </message>
    <message>
        <source>The FileVault key</source>
        <translation>Ключ FileVault</translation>
    </message>
    <message>
        <source>%1: not read, this sign-in may not read them (%2).</source>
        <translation>%1: не прочитаны, этому входу это не разрешено (%2).</translation>
    </message>
    <message>
        <source>refused for an earlier device</source>
        <translation>отказано для предыдущего устройства</translation>
    </message>
    <message>
        <source>BitLocker recovery keys could not be listed: %1</source>
        <translation>Не удалось получить список ключей восстановления BitLocker: %1</translation>
    </message>
    <message>
        <source>No BitLocker recovery key is backed up in Microsoft Entra ID.</source>
        <translation>В Microsoft Entra ID нет резервной копии ключа восстановления BitLocker.</translation>
    </message>
    <message>
        <source>A BitLocker recovery key could not be read: %1</source>
        <translation>Не удалось прочитать ключ восстановления BitLocker: %1</translation>
    </message>
    <message>
        <source>No local administrator password is backed up (Windows LAPS).</source>
        <translation>Резервной копии пароля локального администратора нет (Windows LAPS).</translation>
    </message>
    <message>
        <source>The local administrator password could not be read: %1</source>
        <translation>Не удалось прочитать пароль локального администратора: %1</translation>
    </message>
    <message>
        <source>No FileVault key is escrowed with Intune.</source>
        <translation>Ключ FileVault не передан на хранение в Intune.</translation>
    </message>
    <message>
        <source>The FileVault key could not be read: %1</source>
        <translation>Не удалось прочитать ключ FileVault: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Microsoft Entra ID</source>
        <translation>Вход в Microsoft Entra ID</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Подключение:</translation>
    </message>
    <message>
        <source>Saved connection</source>
        <translation>Сохранённое подключение</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>Новое подключение…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>&amp;Облако:</translation>
    </message>
    <message>
        <source>&amp;Graph address:</source>
        <translation>Адрес &amp;Graph:</translation>
    </message>
    <message>
        <source>Sign-&amp;in address:</source>
        <translation>Адрес в&amp;хода:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>Client (&amp;application) ID:</source>
        <translation>Идентификатор при&amp;ложения (клиента):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Секрет клиента:</translation>
    </message>
    <message>
        <source>Custom addresses (demo tenant, test systems)</source>
        <translation>Особые адреса (демо-клиент, тестовые системы)</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com или идентификатор клиента</translation>
    </message>
    <message>
        <source>The application (client) ID of the app registration used to sign in. The default is Microsoft Graph Command Line Tools; your organisation may require its own registration.</source>
        <translation>Идентификатор приложения (клиента) регистрации, через которую выполняется вход. По умолчанию — Microsoft Graph Command Line Tools; ваша организация может требовать собственную регистрацию.</translation>
    </message>
    <message>
        <source>Kept only in the system keychain</source>
        <translation>Хранится только в системной связке ключей</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Способ входа:</translation>
    </message>
    <message>
        <source>&amp;Browser (recommended)</source>
        <translation>&amp;Браузер (рекомендуется)</translation>
    </message>
    <message>
        <source>&amp;Device code, for a computer without a usable browser</source>
        <translation>Код &amp;устройства — для компьютера без удобного браузера</translation>
    </message>
    <message>
        <source>App &amp;only, with a client secret</source>
        <translation>&amp;Только приложение, с секретом клиента</translation>
    </message>
    <message>
        <source>Offboard keeps sign-in secrets only in the system keychain, never in files.</source>
        <translation>Offboard хранит секреты входа только в системной связке ключей и никогда — в файлах.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. This window continues by itself when you are done.</source>
        <translation>Завершите вход в браузере. Это окно продолжит работу само, когда вы закончите.</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>Снова открыть страницу входа</translation>
    </message>
    <message>
        <source>On any device, open the page below, enter this code and sign in:</source>
        <translation>На любом устройстве откройте страницу ниже, введите этот код и войдите:</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Код устройства</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Копи&amp;ровать код</translation>
    </message>
    <message>
        <source>Open the &amp;page</source>
        <translation>Откр&amp;ыть страницу</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Enter the client secret of the app registration.</source>
        <translation>Введите секрет клиента регистрации приложения.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <translation>Код действует ещё %1.</translation>
    </message>
    <message>
        <source>&amp;Read only: lists and details, no actions</source>
        <translation>Только &amp;чтение: списки и сведения, без действий</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Offboard asks Microsoft Entra ID only for read permissions and runs no action: %1 are left out. For organisations that have not consented to Offboard&apos;s write permissions.</source>
        <translation>Offboard запрашивает у Microsoft Entra ID только разрешения на чтение и не выполняет никаких действий: %1 недоступны. Для организаций, не давших согласия на разрешения Offboard для изменений.</translation>
    </message>
    <message>
        <source>Sign in read-only</source>
        <translation>Войти только для чтения</translation>
    </message>
    <message>
        <source>Your organisation has not consented to the permissions Offboard needs to make changes, or you may not consent to them. You can still sign in read-only, to see lists and details without running any action; an administrator can grant consent for the rest.</source>
        <translation>Ваша организация не дала согласия на разрешения, нужные Offboard для изменений, или вы не можете дать такое согласие сами. Можно войти только для чтения: просматривать списки и сведения, не выполняя действий. Согласие на остальное может предоставить администратор.</translation>
    </message>
    <message>
        <source>Turned off by your organisation (%1).</source>
        <translation>Отключено вашей организацией (%1).</translation>
    </message>
    <message>
        <source>Your organisation&apos;s settings (%1) have entries Offboard cannot use; ask your administrators to correct them:
%2</source>
        <translation>В параметрах вашей организации (%1) есть записи, которые Offboard не может использовать; попросите администраторов исправить их:
%2</translation>
    </message>
    <message>
        <source>Set up by your organisation and locked: its cloud, tenant, client ID and sign-in method cannot be changed here (%1).</source>
        <translation>Настроено вашей организацией и заблокировано: облако, клиент, идентификатор приложения и способ входа здесь изменить нельзя (%1).</translation>
    </message>
    <message>
        <source>Suggested by your organisation (%1); what you change is kept for you alone.</source>
        <translation>Предложено вашей организацией (%1); ваши изменения сохраняются только для вас.</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>The sign-in service returned an access token that could not be read.</source>
        <translation>Служба входа вернула маркер доступа, который не удалось прочитать.</translation>
    </message>
</context>
<context>
    <name>TokenCache</name>
    <message>
        <source>The sign-in has expired and nothing is saved to renew it. Sign in again.</source>
        <translation>Срок входа истёк, и продлить его нечем. Войдите снова.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Системная связка ключей недоступна.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain (%1). You stay signed in until Offboard closes, and will have to sign in again next time.</source>
        <translation>Не удалось сохранить вход в системной связке ключей (%1). Вход действует, пока Offboard открыт; в следующий раз войдите снова.</translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>The sign-in address %1 is not secure (HTTPS is required).</source>
        <translation>Адрес входа %1 небезопасен (требуется HTTPS).</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer that could not be read.</source>
        <translation>Служба входа прислала ответ, который не удалось прочитать.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 redirected the request elsewhere (HTTP %2). Offboard never sends sign-in secrets on to another address.</source>
        <translation>Служба входа %1 перенаправила запрос на другой адрес (HTTP %2). Offboard никогда не пересылает секреты входа на другой адрес.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Offboard user guide</source>
        <translation>Руководство пользователя Offboard</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Включена</translation>
    </message>
    <message>
        <source>Disabled (leavers)</source>
        <translation>Отключена (уволенные)</translation>
    </message>
    <message>
        <source>Account state filter</source>
        <translation>Фильтр по состоянию учётной записи</translation>
    </message>
    <message>
        <source>Name, user principal name, e-mail, department…</source>
        <translation>Имя, UPN, электронная почта, отдел…</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Учётная запись отключена.</translation>
    </message>
    <message>
        <source>Graph ID</source>
        <translation>Идентификатор Graph</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Имя участника-пользователя (UPN)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Managed devices</source>
        <translation>Управляемые устройства</translation>
    </message>
    <message>
        <source>Asking Microsoft Graph…</source>
        <translation>Запрос к Microsoft Graph…</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>The user&apos;s devices could not be listed: %1</source>
        <translation>Не удалось получить список устройств пользователя: %1</translation>
    </message>
</context>
<context>
    <name>graphsim</name>
    <message>
        <source>Serves the Offboard demo tenant (Microsoft Graph and Entra ID sign-in) on loopback.</source>
        <translation>Запускает демо-клиент Offboard (Microsoft Graph и вход Entra ID) на локальном интерфейсе.</translation>
    </message>
    <message>
        <source>Rates are numbers from 0 to 1.</source>
        <translation>Доли задаются числами от 0 до 1.</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;. Known: %2.</source>
        <translation>Неизвестное действие «%1». Известные: %2.</translation>
    </message>
    <message>
        <source>Graph:     %1/v1.0 and %1/beta</source>
        <translation>Graph:      %1/v1.0 и %1/beta</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>Центр входа: %1</translation>
    </message>
    <message>
        <source>Tenant:    %1 devices, %2 users, %3 Autopilot identities</source>
        <translation>Клиент:     устройств: %1, пользователей: %2, удостоверений Autopilot: %3</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Порт (0 — выбрать свободный).</translation>
    </message>
    <message>
        <source>Seed of the generated tenant.</source>
        <translation>Начальное значение генератора клиента.</translation>
    </message>
    <message>
        <source>Number of managed devices.</source>
        <translation>Число управляемых устройств.</translation>
    </message>
    <message>
        <source>Number of users.</source>
        <translation>Число пользователей.</translation>
    </message>
    <message>
        <source>Delay of every Graph response.</source>
        <translation>Задержка каждого ответа Graph.</translation>
    </message>
    <message>
        <source>Extra delay of every collection page.</source>
        <translation>Дополнительная задержка каждой страницы коллекции.</translation>
    </message>
    <message>
        <source>Fraction of Graph requests answered 429 with Retry-After.</source>
        <translation>Доля запросов Graph, получающих ответ 429 с Retry-After.</translation>
    </message>
    <message>
        <source>Retry-After seconds of injected 429 and 503 answers.</source>
        <translation>Значение Retry-After (в секундах) для внедрённых ответов 429 и 503.</translation>
    </message>
    <message>
        <source>Fraction of Graph requests answered 503.</source>
        <translation>Доля запросов Graph, получающих ответ 503.</translation>
    </message>
    <message>
        <source>Fraction of Graph requests answered 504.</source>
        <translation>Доля запросов Graph, получающих ответ 504.</translation>
    </message>
    <message>
        <source>Fraction of Graph requests carried out and then left without an answer.</source>
        <translation>Доля запросов Graph, которые выполняются, но остаются без ответа.</translation>
    </message>
    <message>
        <source>Fraction of Graph answers cut off in the middle.</source>
        <translation>Доля ответов Graph, обрываемых на середине.</translation>
    </message>
    <message>
        <source>Fraction of Graph answers with a body that is not valid JSON.</source>
        <translation>Доля ответов Graph с телом, не являющимся корректным JSON.</translation>
    </message>
    <message>
        <source>Apply faults only to these methods (comma-separated, e.g. POST).</source>
        <translation>Внедрять сбои только для этих методов (через запятую, например POST).</translation>
    </message>
    <message>
        <source>Apply faults only to paths containing this text.</source>
        <translation>Внедрять сбои только для путей, содержащих этот текст.</translation>
    </message>
    <message>
        <source>Do not enforce Intune&apos;s documented request limits.</source>
        <translation>Не применять документированные ограничения Intune на число запросов.</translation>
    </message>
    <message>
        <source>Multiply Intune&apos;s documented request limits by this factor.</source>
        <translation>Умножить документированные ограничения Intune на этот коэффициент.</translation>
    </message>
    <message>
        <source>Actions protected by Multi Admin Approval (comma-separated, e.g. retire).</source>
        <translation>Действия под защитой утверждения несколькими администраторами (через запятую, например retire).</translation>
    </message>
    <message>
        <source>Seconds until a retired device disappears.</source>
        <translation>Через сколько секунд устройство, выведенное из использования, исчезает.</translation>
    </message>
    <message>
        <source>Lifetime of access tokens.</source>
        <translation>Срок действия маркеров доступа.</translation>
    </message>
    <message>
        <source>Polling interval of the device code flow.</source>
        <translation>Интервал опроса при входе с кодом устройства.</translation>
    </message>
    <message>
        <source>Append one JSON line per request to this file.</source>
        <translation>Дописывать в этот файл по одной строке JSON на запрос.</translation>
    </message>
    <message>
        <source>Print one JSON object describing the tenant as the first line of standard output.</source>
        <translation>Вывести первой строкой стандартного вывода один объект JSON с описанием клиента.</translation>
    </message>
    <message>
        <source>Send the rest of every collection page this long after its first 4 KB (a slow link).</source>
        <translation>Отправлять остаток каждой страницы коллекции через столько миллисекунд после первых 4 КБ (медленный канал).</translation>
    </message>
    <message>
        <source>Number of remote assistance partners (0 to 50).</source>
        <translation>Число партнёров удалённой помощи (от 0 до 50).</translation>
    </message>
    <message>
        <source>Fraction of Graph requests carried out, then answered 502.</source>
        <translation>Доля запросов Graph, которые выполняются, после чего возвращается ответ 502.</translation>
    </message>
    <message>
        <source>What the organisation has consented for Offboard: full, or read-only (its write scopes are refused with AADSTS65001).</source>
        <translation>На что организация дала согласие для Offboard: full (всё) или read-only (только чтение; разрешения на изменения отклоняются с AADSTS65001).</translation>
    </message>
    <message>
        <source>--consent takes full or read-only.</source>
        <translation>--consent принимает full или read-only.</translation>
    </message>
    <message>
        <source>Devices that check in (their lastSyncDateTime becomes now) after each page of managed devices.</source>
        <translation>Сколько устройств синхронизируется (их lastSyncDateTime становится текущим временем) после каждой страницы управляемых устройств.</translation>
    </message>
    <message>
        <source>Fraction of Graph requests answered 500 without being carried out.</source>
        <translation>Доля запросов к Graph, на которые приходит ответ 500 без выполнения.</translation>
    </message>
    <message>
        <source>Run the tenant&apos;s clock this many seconds ahead (negative: behind) of this machine&apos;s: tokens, Date headers and timestamps.</source>
        <translation>Часы клиента спешат на столько секунд (отрицательное значение: отстают) относительно часов этого компьютера: маркеры, заголовки Date и отметки времени.</translation>
    </message>
    <message>
        <source>Serve HTTPS with a certificate made for this run (its path is caCertificate in --json); every URL the tenant writes says https.</source>
        <translation>Работать по HTTPS с сертификатом, созданным для этого запуска (его путь — caCertificate в --json); все адреса, которые пишет клиент, начинаются с https.</translation>
    </message>
    <message>
        <source>With --tls: this PEM certificate instead of a new one.</source>
        <translation>С --tls: этот сертификат PEM вместо нового.</translation>
    </message>
    <message>
        <source>With --tls-cert: its PEM private key (RSA or EC).</source>
        <translation>С --tls-cert: его закрытый ключ PEM (RSA или EC).</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert и --tls-key указываются вместе.</translation>
    </message>
    <message>
        <source>Cannot read a PEM certificate from %1 and its key from %2.</source>
        <translation>Не удаётся прочитать сертификат PEM из %1 и его ключ из %2.</translation>
    </message>
    <message>
        <source>Cannot listen on port %1 (or set up TLS).</source>
        <translation>Не удаётся слушать порт %1 (или настроить TLS).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offboards devices from Microsoft Intune and Windows Autopilot.</source>
        <translation>Вывод устройств из Microsoft Intune и Windows Autopilot.</translation>
    </message>
    <message>
        <source>Open the built-in demo tenant.</source>
        <translation>Открыть встроенный демо-клиент.</translation>
    </message>
    <message>
        <source>User interface language: ru or en.</source>
        <translation>Язык интерфейса: ru или en.</translation>
    </message>
    <message>
        <source>Number of managed devices in the demo tenant.</source>
        <translation>Число управляемых устройств в демо-клиенте.</translation>
    </message>
    <message>
        <source>Seed of the demo tenant.</source>
        <translation>Начальное значение генератора демо-клиента.</translation>
    </message>
    <message>
        <source>Demo account to sign in with: admin or operator.</source>
        <translation>Демо-учётная запись для входа: admin или operator.</translation>
    </message>
    <message>
        <source>--demo-account takes admin or operator.</source>
        <translation>--demo-account принимает значения admin или operator.</translation>
    </message>
    <message>
        <source>With --demo: sign in through the sign-in dialog instead of at once.</source>
        <translation>С --demo: выполнить вход через окно входа, а не сразу.</translation>
    </message>
    <message>
        <source>With --demo: sign in read-only (lists and details, no actions).</source>
        <translation>С --demo: войти только для чтения (списки и сведения, без действий).</translation>
    </message>
    <message>
        <source>What the demo organisation has consented for Offboard: full or read-only.</source>
        <translation>На что демонстрационная организация дала согласие для Offboard: full (всё) или read-only (только чтение).</translation>
    </message>
    <message>
        <source>--demo-consent takes full or read-only.</source>
        <translation>--demo-consent принимает full или read-only.</translation>
    </message>
    <message>
        <source>Every page of a demo list waits this long before it is sent, as pages of a real tenant do.</source>
        <translation>Каждая страница демонстрационного списка ждёт столько перед отправкой, как страницы настоящего клиента.</translation>
    </message>
</context>
</TS>
