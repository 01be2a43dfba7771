#pragma once

#include "core/model/AutopilotIdentity.h"
#include "core/model/DirectoryUser.h"
#include "core/model/EntityTableModel.h"
#include "core/model/ManagedDevice.h"
#include "core/model/RemoteAssistancePartner.h"

using ManagedDeviceModel = EntityTableModel<ManagedDevice>;
using AutopilotModel = EntityTableModel<AutopilotIdentity>;
using UserModel = EntityTableModel<DirectoryUser>;
using PartnerModel = EntityTableModel<RemoteAssistancePartner>;

// The columns of the four lists.
namespace ListModels {
ManagedDeviceModel *managedDevices(QObject *parent);
AutopilotModel *autopilotIdentities(QObject *parent);
UserModel *users(QObject *parent);
PartnerModel *remoteAssistancePartners(QObject *parent);
} // namespace ListModels
