// ownership: matching on a reference binds references, the Option stays usable
fn main() {
    let maybe = Some(String::from("v"));
    if let Some(s) = &maybe {
        println!("{}", s.len());
    }
    match &maybe {
        Some(s) if s.len() > 3 => println!("long"),
        Some(s) => println!("short {}", s),
        None => {}
    }
    println!("{:?}", maybe);
}
