fn main() {
    let s = "Grüße, ΣΊΣΥΦΟΣ! İstanbul ß";
    println!("{}", s.to_lowercase());
    println!("{}", s.to_uppercase());
    println!("{}", "ǅungla".to_lowercase());
    for (i, c) in "aé😀z".char_indices() {
        println!("{} {:?} {} {}", i, c, c.len_utf8(), c as u32);
    }
    println!("{:?}", "é😀".bytes().collect::<Vec<u8>>());
    println!("{} {}", "é😀".len(), "é😀".chars().count());
    println!("{:?}", "héllo".chars().rev().collect::<String>());
    println!("{}", &"héllo"[0..3]);
    println!("{} {}", "héllo".is_char_boundary(2), "héllo".is_char_boundary(3));
    println!("{:?}", "ΑΒΓ".to_ascii_lowercase());
    println!("{:?}", 'ß'.to_uppercase().collect::<String>());
    println!("{}", "tschüß".eq_ignore_ascii_case("TSCHüß"));
    println!("{:?}", "abc".get(1..5));
    println!("{:?}", "héllo".get(0..2));
}
