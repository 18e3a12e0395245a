fn main() {
    let s = "  Hello, World! Hello again.  ";
    println!("[{}] [{}] [{}]", s.trim(), s.trim_start(), s.trim_end());
    let t = s.trim();
    println!("{} {} {}", t.starts_with("Hello"), t.ends_with('.'), t.contains("World"));
    println!("{}", t.replace("Hello", "Bye"));
    println!("{}", t.replacen("Hello", "Bye", 1));
    println!("{:?}", t.split(", ").collect::<Vec<_>>());
    println!("{:?}", t.split_whitespace().collect::<Vec<_>>());
    println!("{:?}", t.splitn(2, ' ').collect::<Vec<_>>());
    println!("{:?}", t.rsplitn(2, ' ').collect::<Vec<_>>());
    println!("{:?}", t.split_once(", "));
    println!("{:?}", t.rsplit_once('l'));
    println!("{:?}", t.rfind("Hello"));
    println!("{:?}", t.matches("l").count());
    println!("{:?}", t.match_indices("He").collect::<Vec<_>>());
    println!("{:?}", "a\nb\r\nc\n".lines().collect::<Vec<_>>());
    println!("{:?}", "xxabcxx".trim_matches('x'));
    println!("{:?}", "xxabcxx".trim_start_matches("xx"));
    println!("{:?}", "prefix-body".strip_prefix("prefix-"));
    println!("{:?}", "body.rs".strip_suffix(".txt"));
    println!("{:?}", "Mississippi".char_indices().filter(|&(_, c)| c == 's').map(|(i, _)| i).collect::<Vec<_>>());
    let mut owned = String::with_capacity(10);
    owned += "abc";
    owned.push_str("def");
    owned.extend(['g', 'h'].iter());
    owned.truncate(7);
    println!("{} {}", owned, owned.len());
    owned.insert_str(3, "---");
    println!("{}", owned);
    owned.retain(|c| c != '-');
    println!("{}", owned);
    let drained: String = owned.drain(..2).collect();
    println!("{} {}", drained, owned);
    owned.clear();
    println!("{:?} {}", owned, owned.is_empty());
    let num = "  42 ".trim().parse::<i32>();
    println!("{:?} {:?} {:?}", num, "-7".parse::<i8>(), "300".parse::<u8>().is_err());
    match "abc".parse::<i32>() {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("err {}", e),
    }
    match "".parse::<u32>() {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("err {:?}", e.to_string()),
    }
    match "99999999999".parse::<i32>() {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("err {}", e),
    }
    println!("{:?}", "true".parse::<bool>());
    println!("{:?}", "x".parse::<char>());
    let words = vec!["one", "two", "three"];
    println!("{}", words.concat());
    println!("{}", words.join(", "));
    let cmp = "apple".cmp("banana");
    println!("{:?} {}", cmp, "Zeta" < "alpha");
    println!("{}", "abc".eq_ignore_ascii_case("ABC"));
    let mut chars: Vec<char> = "hello".chars().collect();
    chars.sort();
    chars.dedup();
    println!("{}", chars.iter().collect::<String>());
    println!("{}", format!("{}{}", "a", 1) + "b");
    let sub: String = "hello world".chars().skip(6).take(3).collect();
    println!("{}", sub);
    println!("{:?}", "a b c".split(' ').rev().collect::<Vec<_>>());
    println!("{:?}", "abc".char_indices().rev().next());
    println!("{}", "Hello".to_lowercase() == "hello");
    println!("{:?}", "comma,separated".split_terminator(',').collect::<Vec<_>>());
    println!("{:?}", "  x  ".len());
    println!("{:?}", String::from("abc").into_bytes());
    println!("{:?}", "tic-tac-toe".rsplit('-').collect::<Vec<_>>());
    println!("{:?}", "hello".bytes().rev().map(|b| b as char).collect::<String>());
    let st = String::from("owned");
    let r: &str = &st;
    println!("{} {}", r.to_owned() + "!", st.as_str().len());
    println!("{:?}", "abc".chars().nth(1));
    println!("{}", "ab".repeat(0).is_empty());
    println!("{:?}", "a1b22c".split(char::is_numeric).collect::<Vec<_>>());
}
