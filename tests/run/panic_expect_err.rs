// panics: expect on an Err shows the message and the error's Debug
fn parse_port(s: &str) -> Result<u16, std::num::ParseIntError> {
    s.parse::<u16>()
}

fn main() {
    println!("{:?}", parse_port("8080"));
    println!("{:?}", parse_port("99999"));
    let p = parse_port("http").expect("port must be numeric");
    println!("{}", p);
}
