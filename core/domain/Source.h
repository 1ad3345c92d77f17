#pragma once

#include "domain/RecordMeta.h"

// Where leads come from (nguồn): Facebook, Zalo OA, Khách giới thiệu, …
struct Source
{
    RecordMeta meta;

    QString name;
    int position = 0;
    bool active = true;
};
