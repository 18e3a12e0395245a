// E0005 outside `let`: refutable patterns in arguments, closures and `for` loops
enum Reply {
    Ack(u32),
    Nack,
}

fn total((id, Some(extra)): (u32, Option<u32>)) -> u32 {
    id + extra
}

fn main() {
    let replies = vec![Reply::Ack(1), Reply::Nack];
    for Reply::Ack(n) in replies {
        println!("{}", n);
    }
    let first = |Reply::Ack(n): Reply| n;
    let Reply::Ack(code) = Reply::Nack;
    println!("{} {}", total((1, Some(2))), code + first(Reply::Ack(3)));
}
