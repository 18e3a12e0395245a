use std::num::ParseIntError;
#[derive(Debug)]
enum AppErr { Parse(ParseIntError), Neg }
impl From<ParseIntError> for AppErr { fn from(e: ParseIntError) -> Self { AppErr::Parse(e) } }
fn parse_pos(s: &str) -> Result<u32, AppErr> {
    let n: i32 = s.trim().parse()?;
    if n < 0 { return Err(AppErr::Neg); }
    Ok(n as u32)
}
fn main() {
    println!("{:?}", parse_pos(" 42 "));
    println!("{:?}", parse_pos("-1"));
    println!("{}", parse_pos("x").is_err());
}
