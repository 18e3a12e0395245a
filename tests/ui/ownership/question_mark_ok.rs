// ownership: the ? operator returns early with the error, moving it out
fn parse_pair(a: &str, b: &str) -> Result<(i32, i32), String> {
    let x = a.parse::<i32>().map_err(|e| e.to_string())?;
    let y = b.parse::<i32>().map_err(|e| e.to_string())?;
    Ok((x, y))
}

fn main() {
    println!("{:?}", parse_pair("3", "4"));
    println!("{:?}", parse_pair("3", "x"));
}
