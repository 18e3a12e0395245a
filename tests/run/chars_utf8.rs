fn main() {
    let s = "héllo, 日本語! 🦀";
    println!("{} {}", s.len(), s.chars().count());
    for (i, c) in s.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!("{} {} {} {}", i, c, c.len_utf8(), c as u32);
    }
    let bytes: Vec<u8> = "aé".bytes().collect();
    println!("{:?} {:?}", bytes, "🦀".as_bytes());
    println!("{:?}", s.chars().rev().collect::<String>());
    println!("{} {} {}", &s[0..1], &s[1..3], &s[8..11]);
    println!("{:?} {:?}", s.get(0..2), s.get(1..2));
    println!("{} {}", s.is_char_boundary(2), s.is_char_boundary(3));
    println!("{:?}", s.find('日'));
    println!("{:?}", s.find("本語"));
    println!("{}", s.to_uppercase());
    println!("{}", "ǅ ß İ".to_lowercase());
    println!("{}", "straße".to_uppercase());
    let c = 'ß';
    println!("{} {} {}", c.is_alphabetic(), c.is_lowercase(), c.to_uppercase());
    println!("{} {} {}", '9'.is_numeric(), ' '.is_whitespace(), '\u{a0}'.is_whitespace());
    println!("{} {} {}", 'a'.is_ascii_lowercase(), 'Z'.to_ascii_lowercase(), 'x'.is_alphanumeric());
    println!("{:?} {:?}", '\u{301}', "e\u{301}".chars().count());
    println!("{}", String::from_utf8(vec![0xe6, 0x97, 0xa5]).unwrap());
    println!("{:?}", String::from_utf8(vec![0xff, 0x41]).is_err());
    println!("{}", String::from_utf8_lossy(&[0x41, 0xff, 0x42]));
    let mut owned = String::new();
    owned.push('日');
    owned.push_str("x");
    owned.insert(0, 'é');
    println!("{} {}", owned, owned.len());
    println!("{:?}", owned.pop());
    println!("{:?}", owned.remove(0));
    println!("{:?}", "a-b_c".split(|c: char| c == '-' || c == '_').collect::<Vec<_>>());
    println!("{:?}", "AbC".chars().map(|c| c.to_ascii_uppercase()).collect::<String>());
    println!("{}", char::from(65u8));
    println!("{:?}", ('a'..='e').collect::<String>());
    println!("{:?}", "x".repeat(3));
    println!("{}", &s[7..]);
}
