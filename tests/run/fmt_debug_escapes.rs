use std::collections::BTreeMap;
fn main() {
    let s = "tab\there \"quoted\" back\\slash\nnew\r\u{7f}\u{0}é😀";
    println!("{:?}", s);
    println!("{:?}", vec!['\'', '"', '\n', '\u{1b}', 'ß', '\u{200b}']);
    println!("{:?}", vec![vec![1, 2], vec![], vec![3]]);
    println!("{:?}", (String::from("a\"b"), 'x', 1.5f32, -0.0f64, [f64::NAN; 2]));
    let mut m = BTreeMap::new();
    m.insert("k\t1", vec![Some(1), None]);
    m.insert("k2", vec![]);
    println!("{:?}", m);
    println!("{:#?}", m);
    println!("{:?} {:?}", Some("x"), Ok::<&str, ()>("y\\"));
    println!("{:?}", [[0u8; 2]; 2]);
    println!("{:5?}|{:<6?}|{:>8?}", 'a', "s", Some(1));
    println!("{:?}", ((), ((),), (1,)));
    println!("{:#?}", vec![(1, "a")]);
    println!("{:?}", "\u{301}e\u{301}");
}
