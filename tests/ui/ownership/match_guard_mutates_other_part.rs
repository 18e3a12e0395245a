// Guards may mutate what the patterns neither test nor bind.
fn main() {
    let mut state = (Some(2u8), 0u32, vec![1, 2]);
    match state.0 {
        Some(k) if { state.1 += k as u32; state.2.push(9); k > 5 } => println!("big"),
        Some(k) if { state.1 *= 10; k == 2 } => println!("two"),
        _ => {}
    }
    let mut x = 7;
    match x {
        _ if { x += 1; false } => {}
        _ => {}
    }
    println!("{:?} {}", state, x);
}
