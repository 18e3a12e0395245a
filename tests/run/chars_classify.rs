fn main() {
    for c in ['a', 'Z', '7', ' ', '\n', 'é', '٣', '中', '_', '\u{1F600}'] {
        println!("{:?}: alpha={} num={} alnum={} ws={} up={} low={} ascii={} ctl={} punct={} digit16={:?}",
            c, c.is_alphabetic(), c.is_numeric(), c.is_alphanumeric(), c.is_whitespace(),
            c.is_uppercase(), c.is_lowercase(), c.is_ascii(), c.is_control(),
            c.is_ascii_punctuation(), c.to_digit(16));
    }
    println!("{:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800));
    println!("{:?} {:?}", char::from_digit(7, 10), std::char::from_digit(11, 16));
    println!("{}", ('a'..='e').collect::<String>());
    println!("{} {}", 'a' < 'b', ('a' as u8 + 2) as char);
    println!("{:?}", "héllo wörld".split(|c: char| !c.is_ascii()).collect::<Vec<_>>());
}
