import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import type { PortfolioCounts } from '../../../src/contract';
import { EmptyState, PlainList } from '../../shared';
import type { DialogRequest } from './dialogs/DialogRequest';
import { usePortfolio } from './PortfolioContext';

const stepsStyle = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  padding: 'space.200',
});
const stepStyle = xcss({ marginBlockStart: 'space.0' });

interface Step {
  title: string;
  done: (counts: PortfolioCounts) => boolean;
  why: string;
  action: string;
  dialog: DialogRequest;
}

/** The four steps from nothing to a first solution with epics, in the order they depend on each other. */
const STEPS: Step[] = [
  {
    title: 'A market you serve',
    done: (c) => c.markets > 0,
    why: 'A customer segment: industry, region, size.',
    action: 'Create a market',
    dialog: { kind: 'market' },
  },
  {
    title: 'A business priority of its customers',
    done: (c) => c.priorities > 0,
    why: 'What their executives and managers must achieve, without product words.',
    action: 'Add a business priority',
    dialog: { kind: 'priority' },
  },
  {
    title: 'A solution that addresses it',
    done: (c) => c.solutions > 0,
    why: 'The cross-product offer, as customer value.',
    action: 'Describe a solution',
    dialog: { kind: 'solution' },
  },
  {
    title: 'The epics each product contributes',
    done: (c) => c.contributions > 0,
    why: 'Jira epics from several projects: the products that deliver it together.',
    action: 'Link epics to a solution',
    dialog: { kind: 'link' },
  },
];

/** No markets yet: explain the steps and start the first one. */
export function FirstRun() {
  const { canManage, openDialog } = usePortfolio();
  return (
    <EmptyState
      header="Put your markets above your projects"
      description={
        <>
          Start with a market you serve, add the business priorities of its customer executives and managers,
          then describe the cross-product solutions that address them and link the epics each product
          contributes.
          {!canManage && ' Ask someone with the "Manage market layer" permission to create the first market.'}
        </>
      }
      action={
        canManage ? (
          <Button appearance="primary" onClick={() => openDialog({ kind: 'market' })}>
            Create market
          </Button>
        ) : undefined
      }
    />
  );
}

/**
 * The walk from a first market to linked epics, shown above the tabs until the four steps are
 * done, for people who may take them: each step says why it matters, the next one has its button.
 */
export function GettingStarted() {
  const { canManage, openDialog, summary } = usePortfolio();
  const { counts } = summary;
  if (!canManage || STEPS.every((step) => step.done(counts))) return null;
  const next = STEPS.findIndex((step) => !step.done(counts));
  return (
    <Box xcss={stepsStyle} as="section" aria-labelledby="getting-started-heading">
      <Stack space="space.100">
        <Heading size="xsmall" as="h2" id="getting-started-heading">
          Getting started: step {next + 1} of {STEPS.length}
        </Heading>
        <PlainList label="Steps to a first solution" space="space.100">
          {STEPS.map((step, i) => (
            <Box as="li" key={step.title} xcss={stepStyle}>
              <StepLine
                number={i + 1}
                step={step}
                state={step.done(counts) ? 'done' : i === next ? 'next' : 'later'}
                action={
                  i === next ? (
                    <Button appearance="primary" spacing="compact" onClick={() => openDialog(step.dialog)}>
                      {step.action}
                    </Button>
                  ) : null
                }
              />
            </Box>
          ))}
        </PlainList>
      </Stack>
    </Box>
  );
}

function StepLine({
  number,
  step,
  state,
  action,
}: {
  number: number;
  step: Step;
  state: 'done' | 'next' | 'later';
  action: ReactNode;
}) {
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap>
      <Text weight={state === 'next' ? 'bold' : 'regular'}>
        {number}. {step.title}
      </Text>
      {state === 'done' && <Lozenge appearance="success">Done</Lozenge>}
      <Text size="small" color="color.text.subtle">
        {step.why}
      </Text>
      {action}
    </Inline>
  );
}
