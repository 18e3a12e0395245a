fn main() {
    let s = "a,b,,c,";
    println!("{:?}", s.split(',').collect::<Vec<_>>());
    println!("{:?}", s.splitn(3, ',').collect::<Vec<_>>());
    println!("{:?}", s.rsplit(',').collect::<Vec<_>>());
    println!("{:?}", s.rsplitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", s.split_terminator(',').collect::<Vec<_>>());
    println!("{:?}", "x\ny\n\nz\n".split_inclusive('\n').collect::<Vec<_>>());
    println!("{:?}", "  lots   of  space ".split_whitespace().collect::<Vec<_>>());
    println!("{:?}", "  lots   of ".split(' ').collect::<Vec<_>>());
    println!("{:?}", "abcXYZabc".matches("abc").count());
    println!("{:?}", "a1b22c333".matches(char::is_numeric).collect::<Vec<_>>());
    println!("{:?} {:?}", "hello".find('l'), "hello".rfind('l'));
    println!("{:?} {:?}", "hello".find("lo"), "hello".find('z'));
    println!("{}", "one two one".replace("one", "1"));
    println!("{}", "aaaa".replacen("a", "b", 2));
    println!("{:?}", "k=v=w".split_once('='));
    println!("{:?}", "k=v=w".rsplit_once('='));
    println!("{:?}", "line1\r\nline2\nline3".lines().collect::<Vec<_>>());
    println!("{:?}", "a-b_c".split(|c| c == '-' || c == '_').collect::<Vec<_>>());
    println!("{:?}", "Mary had".char_indices().filter(|(_, c)| c.is_uppercase()).collect::<Vec<_>>());
    println!("{:?}", "xxabcxx".trim_matches('x'));
    println!("{:?} {:?}", "prefix_body".strip_prefix("prefix_"), "body".strip_suffix("x"));
}
