// a retry loop for a flaky network operation that increments an immutable attempt counter
#[derive(Debug)]
enum Outcome {
    Done(u32),
    GaveUp,
}

fn flaky(attempt: u32) -> Result<u32, String> {
    if attempt < 3 { Err(format!("timeout on try {}", attempt)) } else { Ok(attempt * 10) }
}

fn backoff(attempt: u32) -> u32 {
    50 * 2u32.pow(attempt)
}

fn main() {
    let attempts = 0;
    let max = 5;
    let mut errors = Vec::new();
    let mut waited = 0;
    let result = loop {
        match flaky(attempts) {
            Ok(v) => break Outcome::Done(v),
            Err(e) => errors.push(e),
        }
        if attempts == max {
            break Outcome::GaveUp;
        }
        waited += backoff(attempts);
        attempts += 1;
    };
    println!("{:?} after {} errors, waited {}ms", result, errors.len(), waited);
    for e in errors {
        println!("  {}", e);
    }
}
