// errors: unwrap_or_else, unwrap_or, map_err, ok_or, and_then on Option/Result
fn parse_age(s: &str) -> Result<u8, String> {
    s.trim().parse::<u8>().map_err(|e| format!("'{s}': {e}"))
}

fn find_user(id: u32) -> Option<&'static str> {
    match id {
        1 => Some("ada"),
        2 => Some("grace"),
        _ => None,
    }
}

fn main() {
    let age = parse_age("41").unwrap_or_else(|e| {
        println!("fallback because {e}");
        0
    });
    println!("age {age}");
    let bad = parse_age("old").unwrap_or_else(|e| {
        println!("fallback because {e}");
        18
    });
    println!("bad {bad}");
    println!("{}", parse_age("300").unwrap_or(1));

    let name = find_user(3).unwrap_or("guest");
    println!("name {name}");
    let r: Result<&str, String> = find_user(9).ok_or(String::from("no such user"));
    println!("{:?}", r);
    let upper = find_user(2).map(|n| n.to_uppercase());
    println!("{:?}", upper);
    let len = find_user(1).and_then(|n| if n.len() > 2 { Some(n.len()) } else { None });
    println!("{:?}", len);
    let doubled: Result<u32, String> = parse_age("21").map(|a| a as u32 * 2);
    println!("{:?}", doubled);
    if let Err(e) = parse_age("-1") {
        println!("err: {e}");
    }
    println!("{}", find_user(2).is_some());
}
