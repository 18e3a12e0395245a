// rejected E0382: a `for` loop over a Vec by value consumes it, then the Vec is used again
#[derive(Debug)]
struct Invoice {
    number: u32,
    amount_cents: u64,
    paid: bool,
}

fn overdue(invoices: &[Invoice]) -> Vec<u32> {
    invoices.iter().filter(|i| !i.paid).map(|i| i.number).collect()
}

fn main() {
    let invoices = vec![
        Invoice { number: 101, amount_cents: 12000, paid: true },
        Invoice { number: 102, amount_cents: 4550, paid: false },
        Invoice { number: 103, amount_cents: 990, paid: false },
    ];
    println!("overdue {:?}", overdue(&invoices));
    let mut outstanding = 0;
    for inv in invoices {
        if !inv.paid {
            outstanding += inv.amount_cents;
        }
    }
    println!("outstanding {}.{:02}", outstanding / 100, outstanding % 100);
    let biggest = invoices.iter().max_by_key(|i| i.amount_cents).map(|i| i.number);
    println!("biggest {:?}", biggest);
    let count = overdue(&[]).len();
    println!("empty overdue {}", count);
}
