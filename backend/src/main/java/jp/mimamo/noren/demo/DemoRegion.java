package jp.mimamo.noren.demo;

import jp.mimamo.noren.tenancy.Region;

import java.util.List;

/** A demo region: its places (with readings), where it is, and how many sponsors of each category it has. */
record DemoRegion(Region region, String prefecture, String areaCode, String postalPrefix, List<Place> places,
                  int hospitals, int facilities, int careProviders, int companies, int pharmacies) {

    record Place(String name, String kana) {
    }

    static List<DemoRegion> all() {
        return List.of(
                // Ota's counts are the ones on the original slides: 協賛病院 4, 協賛施設 6, 医療・介護 14, 企業 34, 薬局 8.
                new DemoRegion(new Region("ota", "おおた高齢者見守りネットワーク（大田区）", "Ota Ward"), "東京都大田区", "03", "143",
                        places("山王", "サンノウ", "大森", "オオモリ", "蒲田", "カマタ", "池上", "イケガミ", "馬込", "マゴメ",
                                "田園調布", "デンエンチョウフ", "羽田", "ハネダ", "久が原", "クガハラ"),
                        4, 6, 14, 34, 8),
                new DemoRegion(new Region("yamato", "やまと見守りネットワーク（大和市）", "Yamato"), "神奈川県大和市", "046", "242",
                        places("大和", "ヤマト", "中央林間", "チュウオウリンカン", "鶴間", "ツルマ", "高座渋谷", "コウザシブヤ",
                                "桜ヶ丘", "サクラガオカ", "南林間", "ミナミリンカン"),
                        3, 4, 8, 15, 5),
                new DemoRegion(new Region("kishiwada", "きしわだ見守りネットワーク（岸和田市）", "Kishiwada"), "大阪府岸和田市", "072", "596",
                        places("岸和田", "キシワダ", "春木", "ハルキ", "久米田", "クメダ", "東岸和田", "ヒガシキシワダ", "八木", "ヤギ"),
                        2, 3, 6, 12, 4),
                new DemoRegion(new Region("otaru", "おたる見守りネットワーク（小樽市）", "Otaru"), "北海道小樽市", "0134", "047",
                        places("小樽", "オタル", "手宮", "テミヤ", "花園", "ハナゾノ", "朝里", "アサリ", "銭函", "ゼニバコ", "稲穂", "イナホ"),
                        2, 3, 5, 10, 3));
    }

    private static List<Place> places(String... pairs) {
        List<Place> places = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            places.add(new Place(pairs[i], pairs[i + 1]));
        }
        return places;
    }
}
