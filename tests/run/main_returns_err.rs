use std::fmt;
#[derive(Debug)]
enum E { Bad(u8), Worse { code: i32 } }
impl fmt::Display for E {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "E!") }
}
fn step(n: u8) -> Result<u8, E> {
    if n > 2 { Err(E::Worse { code: -1 }) } else if n == 2 { Err(E::Bad(n)) } else { Ok(n) }
}
fn main() -> Result<(), E> {
    println!("{:?}", step(1));
    let x = step(1)?;
    println!("x={}", x);
    let _unused = E::Bad(0);
    step(3)?;
    println!("never");
    Ok(())
}
